@NullMarked
package io.cleanfeed.enrich;

import org.jspecify.annotations.NullMarked;
