package org.sinosoviet.timeline.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * ETags. Every successful read gets a strong ETag computed from the bytes of its body, so that it changes
 * whenever the answer does; a resource that has a version (a single event, actor or grievance) puts the
 * version first ({@code "v7-…"}), which is what {@code If-Match} checks on writes ({@link Preconditions}).
 * The body is hashed where it is buffered anyway, by the response cache's filter, which also answers 304.
 */
public final class EntityTags {

	/** The request attribute through which a handler exposes the version of the resource it answers with. */
	public static final String VERSION_ATTRIBUTE = EntityTags.class.getName() + ".version";

	private EntityTags() {
	}

	/** Marks the version of the resource in this response, for its ETag. */
	public static void exposeVersion(HttpServletRequest request, long version) {
		request.setAttribute(VERSION_ATTRIBUTE, version);
	}

	/** The ETag of a body, with the version of the resource it represents when it has one. */
	public static String of(@Nullable Object version, byte[] body) {
		String digest = HexFormat.of().formatHex(md5(body), 0, 12);
		return "\"" + (version == null ? "" : "v" + version + "-") + digest + "\"";
	}

	/** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"x"} matches {@code "x"}. */
	public static boolean matchesNoneMatch(@Nullable String ifNoneMatch, @Nullable String etag) {
		if (ifNoneMatch == null || etag == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || stripWeak(tag).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	private static String stripWeak(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static byte[] md5(byte[] body) {
		try {
			return MessageDigest.getInstance("MD5").digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is required of every Java runtime", ex);
		}
	}

}
