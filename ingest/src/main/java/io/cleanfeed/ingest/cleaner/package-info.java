@NullMarked
package io.cleanfeed.ingest.cleaner;

import org.jspecify.annotations.NullMarked;
