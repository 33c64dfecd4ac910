@NullMarked
package io.cleanfeed.deploy.local;

import org.jspecify.annotations.NullMarked;
