@NullMarked
package io.cleanfeed.core.deadletter;

import org.jspecify.annotations.NullMarked;
