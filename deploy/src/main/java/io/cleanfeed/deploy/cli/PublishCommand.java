package io.cleanfeed.deploy.cli;

import io.cleanfeed.deploy.pages.PageFiles;
import io.cleanfeed.deploy.pages.PagePublisher;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cleanfeed publish}: sends page files to {@code articles.raw} of a running cluster. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Send pages to articles.raw of a running Kafka cluster, as a crawler would.")
final class PublishCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages or folders of .html pages.")
    private List<Path> inputs;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "${env:CLEANFEED_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka cluster (env CLEANFEED_BOOTSTRAP_SERVERS, default ${DEFAULT-VALUE}).")
    private String bootstrapServers;

    @Override
    public Integer call() throws Exception {
        final List<Path> pages = PageFiles.expand(inputs);
        try (PagePublisher publisher = new PagePublisher(bootstrapServers)) {
            System.err.printf("Published %d page(s) to articles.raw on %s%n", publisher.publish(pages),
                    bootstrapServers);
        }
        return 0;
    }
}
