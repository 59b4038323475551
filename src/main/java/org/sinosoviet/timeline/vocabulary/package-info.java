/**
 * The controlled vocabulary: enumerations whose constants travel as codes ({@code border-clash}) in JSON,
 * query parameters and the database, and the error for a code that is not one of them.
 */
package org.sinosoviet.timeline.vocabulary;
