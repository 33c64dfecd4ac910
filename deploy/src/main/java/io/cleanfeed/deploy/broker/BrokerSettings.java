package io.cleanfeed.deploy.broker;

import java.util.Map;

/**
 * The configuration of the embedded broker: one node that is both broker and KRaft controller,
 * listening on the loopback interface only, tuned for a single-node {@code exactly_once_v2} Kafka
 * Streams pipeline that moves pages of several MiB.
 */
final class BrokerSettings {

    /** The node id that is written into the data dir when formatting and used at every start. */
    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String HOST = "127.0.0.1";
    /** Largest record batch the broker accepts; pages of 5 MiB and more travel through it. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private BrokerSettings() {
    }

    /** The broker settings for a broker on {@code dataDir} listening on {@code ports}. */
    static Map<String, String> of(final BrokerDataDir dataDir, final BrokerPorts ports) {
        final String broker = "PLAINTEXT://" + HOST + ":" + ports.broker();
        final String controller = CONTROLLER_LISTENER + "://" + HOST + ":" + ports.controller();
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + ports.controller()),
                Map.entry("listeners", broker + "," + controller),
                Map.entry("advertised.listeners", broker),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,"
                        + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("log.dirs", dataDir.logs().toString()),
                Map.entry("metadata.log.dir", dataDir.metadata().toString()),
                // One replica of everything: without these an exactly_once_v2 application never
                // reaches RUNNING (it loops on INVALID_REPLICATION_FACTOR).
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // One partition instead of 50 for each internal topic: creating 50 made the first
                // exactly_once_v2 application take 1-2 s longer to reach RUNNING, for no gain on one node.
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.num.partitions", "1"),
                // Nobody else is coming to join a group: rebalance at once (3 s sooner per application start).
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("group.streams.initial.rebalance.delay.ms", "0"),
                // The default 128 MiB log-cleaner buffer would be most of an idle broker's heap.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024)),
                Map.entry("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES)),
                // Topics are created on purpose, with their partitions and limits; a typo must not create one.
                Map.entry("auto.create.topics.enable", "false"));
    }
}
