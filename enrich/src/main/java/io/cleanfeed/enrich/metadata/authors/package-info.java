@NullMarked
package io.cleanfeed.enrich.metadata.authors;

import org.jspecify.annotations.NullMarked;
