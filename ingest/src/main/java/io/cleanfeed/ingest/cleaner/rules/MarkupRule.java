package io.cleanfeed.ingest.cleaner.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes elements whose tag or ARIA role says what they are: {@code <nav>}, {@code role=dialog}.
 */
public final class MarkupRule implements RemovalRule {

    private final String name;
    private final Set<String> tags;
    private final Set<String> roles;
    private final boolean dialog;

    public MarkupRule(final String name, final Set<String> tags, final Set<String> roles) {
        this.name = name;
        this.tags = tags;
        this.roles = roles;
        this.dialog = roles.contains("dialog");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (tags.contains(block.tag())) {
            return "<" + block.tag() + "> element";
        }
        final String role = block.role();
        if (!role.isEmpty() && roles.contains(role)) {
            return "role=" + role;
        }
        if (dialog && block.element().attr("aria-modal").equals("true")) {
            return "aria-modal=true";
        }
        return null;
    }
}
