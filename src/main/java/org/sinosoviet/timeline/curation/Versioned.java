package org.sinosoviet.timeline.curation;

/** A value together with the version of the resource it was read from. */
public record Versioned<T>(T value, long version) {
}
