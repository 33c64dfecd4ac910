@NullMarked
package io.cleanfeed.sink;

import org.jspecify.annotations.NullMarked;
