@NullMarked
package io.cleanfeed.core.serde;

import org.jspecify.annotations.NullMarked;
