@NullMarked
package io.cleanfeed.enrich.metadata.jsonld;

import org.jspecify.annotations.NullMarked;
