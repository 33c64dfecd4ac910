package io.cleanfeed.deploy.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The two loopback ports of one broker start: the client listener and the controller (KRaft)
 * listener.
 *
 * <p>{@link #pickFree()} asks the operating system for ports that are free now; another process
 * can still take one before Kafka binds it. {@link EmbeddedKafkaBroker} handles that race by
 * starting again with new ports, because {@code KafkaRaftServer} neither accepts a pre-bound
 * socket nor reports the port it bound for a listener configured with port 0.
 */
record BrokerPorts(int broker, int controller) {

    /** Two distinct ports that were free on {@link BrokerSettings#HOST} a moment ago. */
    static BrokerPorts pickFree() {
        // Both sockets are open at once, so the operating system cannot hand out one port twice.
        try (ServerSocket broker = bindAnyLoopbackPort(); ServerSocket controller = bindAnyLoopbackPort()) {
            return new BrokerPorts(broker.getLocalPort(), controller.getLocalPort());
        } catch (final IOException e) {
            throw new EmbeddedBrokerException("Could not find a free port on " + BrokerSettings.HOST
                    + " for the embedded Kafka broker: " + e.getMessage()
                    + ". Check that this process may listen there.", e);
        }
    }

    private static ServerSocket bindAnyLoopbackPort() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getByName(BrokerSettings.HOST));
    }
}
