/**
 * The removal rules: each one class (or one named instance of a class), each returning the reason
 * it removes an element or null. {@link io.cleanfeed.ingest.cleaner.rules.BoilerplateRules} lists
 * them in the order they are tried.
 */
@NullMarked
package io.cleanfeed.ingest.cleaner.rules;

import org.jspecify.annotations.NullMarked;
