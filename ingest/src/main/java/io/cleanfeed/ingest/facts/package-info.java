@NullMarked
package io.cleanfeed.ingest.facts;

import org.jspecify.annotations.NullMarked;
