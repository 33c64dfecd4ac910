@NullMarked
package io.cleanfeed.deploy.offline;

import org.jspecify.annotations.NullMarked;
