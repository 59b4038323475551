/**
 * What events link to, as stored: the actors, the eras, the grievances and the works cited, with their
 * repositories. Events ({@code event}) are built on these; the features that serve them over HTTP
 * ({@code actor}, {@code era}, {@code grievance}, {@code reference}) are built on both.
 */
package org.sinosoviet.timeline.dataset;
