@NullMarked
package io.cleanfeed.core.topic;

import org.jspecify.annotations.NullMarked;
