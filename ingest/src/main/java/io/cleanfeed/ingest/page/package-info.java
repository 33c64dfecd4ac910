@NullMarked
package io.cleanfeed.ingest.page;

import org.jspecify.annotations.NullMarked;
