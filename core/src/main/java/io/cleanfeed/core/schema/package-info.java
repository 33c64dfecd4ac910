/**
 * The records that cross Cleanfeed's topics, as immutable Java records. JSON field names are the
 * snake_case forms of the component names ({@link io.cleanfeed.core.serde.Json}).
 */
@NullMarked
package io.cleanfeed.core.schema;

import org.jspecify.annotations.NullMarked;
