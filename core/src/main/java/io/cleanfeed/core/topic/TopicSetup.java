package io.cleanfeed.core.topic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics that do not exist yet and leaves existing ones alone, so it is safe to run
 * at every start of every instance.
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final Admin admin;

    /** The caller owns the admin client and closes it. */
    public TopicSetup(final Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates the missing topics with {@code partitions} partitions and the broker's default
     * replication factor.
     */
    public void ensure(final List<TopicSpec> topics, final int partitions) {
        try {
            final Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            final List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), Optional.of(partitions), Optional.empty())
                            .configs(topic.config()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                log.info("Created topics {} with {} partition(s)", missing.stream().map(NewTopic::name).toList(),
                        partitions);
            } catch (final ExecutionException e) {
                // Another instance created one of them first: that is the outcome we wanted.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (final ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Cleanfeed's topics: " + e.getMessage()
                    + "; check that the Kafka cluster is reachable and that this client may create topics", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
