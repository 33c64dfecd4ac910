@NullMarked
package io.cleanfeed.deploy.pages;

import org.jspecify.annotations.NullMarked;
