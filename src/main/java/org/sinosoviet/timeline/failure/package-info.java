/**
 * The ways a request fails in the domain (not found, conflict, stale version, invalid values), thrown by any
 * feature and turned into problem documents at the edge ({@code web}); {@link org.sinosoviet.timeline.failure.Echo}
 * quotes what a client sent into a message safely.
 */
package org.sinosoviet.timeline.failure;
