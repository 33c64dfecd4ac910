package io.cleanfeed.core.topic;

import java.util.Map;

/** A topic's name and the configuration it must be created with. */
public record TopicSpec(String name, Map<String, String> config) {

    public TopicSpec {
        config = Map.copyOf(config);
    }
}
