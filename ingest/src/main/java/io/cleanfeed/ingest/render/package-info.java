@NullMarked
package io.cleanfeed.ingest.render;

import org.jspecify.annotations.NullMarked;
