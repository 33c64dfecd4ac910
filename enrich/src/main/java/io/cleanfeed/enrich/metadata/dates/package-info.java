@NullMarked
package io.cleanfeed.enrich.metadata.dates;

import org.jspecify.annotations.NullMarked;
