/**
 * Reading what pages write for people rather than for machines, shared by the stage that removes
 * a date line and the one that reads the date from it.
 */
@NullMarked
package io.cleanfeed.core.text;

import org.jspecify.annotations.NullMarked;
