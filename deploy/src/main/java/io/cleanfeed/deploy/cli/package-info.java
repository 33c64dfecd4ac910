@NullMarked
package io.cleanfeed.deploy.cli;

import org.jspecify.annotations.NullMarked;
