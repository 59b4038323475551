package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETags and conditional GET. Every successful read gets a strong ETag computed from the bytes of its
 * body, so that it changes whenever the answer does; a resource that has a version (a single event,
 * actor or grievance) puts the version first ({@code "v7-…"}), which is what {@code If-Match} checks on
 * writes. A read whose {@code If-None-Match} names the current tag is answered 304, without a body.
 */
public class EntityTagFilter extends OncePerRequestFilter {

	/** The request attribute through which a handler exposes the version of the resource it answers with. */
	public static final String VERSION_ATTRIBUTE = EntityTagFilter.class.getName() + ".version";

	/** Marks the version of the resource in this response, for its ETag. */
	public static void exposeVersion(HttpServletRequest request, long version) {
		request.setAttribute(VERSION_ATTRIBUTE, version);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		Object version = request.getAttribute(VERSION_ATTRIBUTE);
		int status = wrapper.getStatus();
		if (status >= 200 && status < 300 && (read || version != null) && wrapper.getHeader(HttpHeaders.ETAG) == null) {
			String etag = entityTag(version, wrapper.getContentAsByteArray());
			wrapper.setHeader(HttpHeaders.ETAG, etag);
			if (read && matchesNoneMatch(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
				wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		wrapper.copyBodyToResponse();
	}

	static String entityTag(Object version, byte[] body) {
		String digest = HexFormat.of().formatHex(md5(body), 0, 12);
		return "\"" + (version == null ? "" : "v" + version + "-") + digest + "\"";
	}

	/** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"x"} matches {@code "x"}. */
	public static boolean matchesNoneMatch(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
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
