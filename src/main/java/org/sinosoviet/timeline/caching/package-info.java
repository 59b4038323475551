/**
 * The response cache: answers to reads are kept as bytes, with their ETags, until the dataset changes.
 * Every write increments a version in the database; each instance of the service compares it with the
 * version its cache was built from, at once after its own writes and on a short interval for the writes
 * of other instances.
 */
package org.sinosoviet.timeline.caching;
