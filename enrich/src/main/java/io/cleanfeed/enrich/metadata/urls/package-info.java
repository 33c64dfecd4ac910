@NullMarked
package io.cleanfeed.enrich.metadata.urls;

import org.jspecify.annotations.NullMarked;
