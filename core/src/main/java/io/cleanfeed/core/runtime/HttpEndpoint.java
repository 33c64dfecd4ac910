package io.cleanfeed.core.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The small HTTP endpoint of a service: {@code /metrics} for Prometheus, {@code /health} (200 while
 * every stage is alive, 503 otherwise) for liveness probes and {@code /ready} (200 once every
 * stage is RUNNING) for readiness probes. Built on the JDK's own server: three read-only pages do
 * not need a framework.
 */
public final class HttpEndpoint implements AutoCloseable {

    private final HttpServer server;

    private HttpEndpoint(final HttpServer server) {
        this.server = server;
    }

    /** Serves on {@code port} (0 picks a free one) until closed. */
    public static HttpEndpoint start(final int port, final PrometheusMeterRegistry registry,
                                     final List<StageRunner> stages) throws IOException {
        final HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/metrics", exchange ->
                respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/health", exchange -> {
            final boolean alive = stages.stream().allMatch(StageRunner::isAlive);
            respond(exchange, alive ? 200 : 503, "application/json", states(stages));
        });
        server.createContext("/ready", exchange -> {
            final boolean ready = stages.stream()
                    .allMatch(stage -> stage.state() == KafkaStreams.State.RUNNING);
            respond(exchange, ready ? 200 : 503, "application/json", states(stages));
        });
        server.start();
        return new HttpEndpoint(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static String states(final List<StageRunner> stages) {
        return stages.stream()
                .map(stage -> "\"" + stage.name() + "\":\"" + stage.state() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void respond(final HttpExchange exchange, final int status, final String contentType,
                                final String body) throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
