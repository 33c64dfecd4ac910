/**
 * A one-node Kafka broker inside the Cleanfeed JVM, for the all-in-one local runner and for tests
 * on machines without Docker. {@link io.cleanfeed.deploy.broker.EmbeddedKafkaBroker} is the only
 * entry point; the rest of the package keeps Kafka's server internals behind it.
 */
@NullMarked
package io.cleanfeed.deploy.broker;

import org.jspecify.annotations.NullMarked;
