@NullMarked
package io.cleanfeed.ingest;

import org.jspecify.annotations.NullMarked;
