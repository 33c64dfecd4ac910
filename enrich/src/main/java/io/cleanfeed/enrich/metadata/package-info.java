@NullMarked
package io.cleanfeed.enrich.metadata;

import org.jspecify.annotations.NullMarked;
