@NullMarked
package io.cleanfeed.core.runtime;

import org.jspecify.annotations.NullMarked;
