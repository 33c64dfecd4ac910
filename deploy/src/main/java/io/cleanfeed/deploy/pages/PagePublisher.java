package io.cleanfeed.deploy.pages;

import io.cleanfeed.core.topic.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends page files to {@code articles.raw} as a crawler would send raw pages: the bytes as they
 * are on disk (so the cleaner detects their charset), the page's {@code file:} URL as key and in
 * a {@code url} header. Waits until the cluster has acknowledged every page.
 */
public final class PagePublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public PagePublisher(final String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Publishes each file and returns how many were acknowledged. */
    public int publish(final List<Path> files) throws IOException, InterruptedException {
        final List<Future<RecordMetadata>> sends = new java.util.ArrayList<>();
        for (final Path file : files) {
            final byte[] url = file.toAbsolutePath().normalize().toUri().toString().getBytes(StandardCharsets.UTF_8);
            final ProducerRecord<byte[], byte[]> record =
                    new ProducerRecord<>(Topics.RAW, url, Files.readAllBytes(file));
            record.headers().add("url", url);
            sends.add(producer.send(record));
        }
        for (final Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (final ExecutionException e) {
                throw new IOException("the cluster did not accept a page: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return sends.size();
    }

    /** Publishes one record as given: for callers that send envelopes or test broken input. */
    public void send(final ProducerRecord<byte[], byte[]> record) throws InterruptedException, IOException {
        try {
            producer.send(record).get();
        } catch (final ExecutionException e) {
            throw new IOException("the cluster did not accept the record: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
