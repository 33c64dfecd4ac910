package io.cleanfeed.deploy.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and folders) into the {@code .html} pages they hold, sorted. */
public final class PageFiles {

    private PageFiles() {
    }

    public static List<Path> expand(final List<Path> inputs) {
        final List<Path> pages = new ArrayList<>();
        for (final Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile).filter(PageFiles::isPage).sorted().forEach(pages::add);
                } catch (final IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.isRegularFile(input)) {
                pages.add(input);
            } else {
                throw new IllegalArgumentException(input
                        + " is neither a file nor a folder: give pages or folders of .html pages");
            }
        }
        return pages;
    }

    private static boolean isPage(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
