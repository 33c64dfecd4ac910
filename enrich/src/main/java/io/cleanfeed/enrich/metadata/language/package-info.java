@NullMarked
package io.cleanfeed.enrich.metadata.language;

import org.jspecify.annotations.NullMarked;
