package org.sinosoviet.timeline.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.web.EntityTags;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one filter of our own that a read meets, and the first: it buffers an answer once, gives it its ETag
 * ({@link EntityTags}: a hash of the bytes, after the version of a versioned resource) and answers 304 when
 * {@code If-None-Match} names it; and it serves a read from the cache when the same URL has been answered
 * with the same {@code Accept}, to a cross-origin request or not, since the dataset last changed: the same
 * bytes, headers and ETag. An answer of 1 KB or more is also kept gzipped, compressed once when it is kept,
 * and sent so to a client whose {@code Accept-Encoding} takes gzip, with its own ETag and
 * {@code Vary: Accept-Encoding}. What it keeps is every header the security chain and the application gave
 * the answer (security headers, CORS, {@code Cache-Control}). Only the rate limit, when an operator switches
 * it on, stands before it. No answer depends on a request header other than {@code Accept} and whether
 * {@code Origin} names another origin, which are part of the key. With the cache switched off it still gives
 * ETags and 304s, and keeps nothing.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	private final ResponseCache cache;

	private final boolean enabled;

	ResponseCacheFilter(ResponseCache cache, boolean enabled) {
		this.cache = cache;
		this.enabled = enabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.RANGE) != null || request.getRequestURI().startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		String key = null;
		ResponseCache.Generation generation = null;
		if (read && enabled) {
			key = key(request);
			generation = cache.generation();
			CachedResponse cached = generation.get(key);
			if (cached != null) {
				write(cached, request, response, true);
				return;
			}
		}
		Map<String, List<String>> before = headers(response);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		Object version = request.getAttribute(EntityTags.VERSION_ATTRIBUTE);
		if (status >= 200 && status < 300 && (read || version != null) && wrapper.getHeader(HttpHeaders.ETAG) == null) {
			wrapper.setHeader(HttpHeaders.ETAG, EntityTags.of(version, wrapper.getContentAsByteArray()));
		}
		if (enabled && read && status == HttpServletResponse.SC_OK && wrapper.getContentType() != null) {
			CachedResponse answer = CachedResponse.of(wrapper.getContentType(), added(before, headers(response)),
					response.getHeader(HttpHeaders.ETAG), wrapper.getContentAsByteArray());
			if ("GET".equals(method)) {
				generation.put(key, answer);
			}
			// Answered as every later request for it will be, so that the ETag a client holds is the one every
			// later answer carries: the same 304, gzip or bytes.
			wrapper.resetBuffer();
			write(answer, request, response, false);
			return;
		}
		if (read && EntityTags.matchesNoneMatch(request.getHeader(HttpHeaders.IF_NONE_MATCH),
				wrapper.getHeader(HttpHeaders.ETAG)) && status >= 200 && status < 300) {
			wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		wrapper.copyBodyToResponse();
	}

	/** Whether the client takes gzip: named in Accept-Encoding (or as *) without q=0. */
	static boolean acceptsGzip(HttpServletRequest request) {
		java.util.Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.strip().split(";");
				String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
				if ((name.equals("gzip") || name.equals("*")) && !refused(parts)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean refused(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].strip().replace(" ", "");
			if (parameter.matches("(?i)q=0(\\.0{0,3})?")) {
				return true;
			}
		}
		return false;
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return (CorsUtils.isCorsRequest(request) ? "cors " : "") + request.getRequestURI()
				+ (query == null ? "" : "?" + query) + "\n" + (accept == null ? "" : accept);
	}

	/**
	 * Sends a kept answer: 304 when {@code If-None-Match} names either of its ETags, else its bytes, gzipped
	 * when the client takes gzip.
	 * @param withHeaders whether to send the headers kept with it, or whether the application has just set them
	 */
	private static void write(CachedResponse cached, HttpServletRequest request, HttpServletResponse response,
			boolean withHeaders) throws IOException {
		boolean gzip = cached.gzipped() != null && acceptsGzip(request);
		if (withHeaders) {
			for (Map.Entry<String, String> header : cached.headers()) {
				if (!header.getKey().equals("etag")) {
					response.addHeader(header.getKey(), header.getValue());
				}
			}
		}
		if (cached.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, gzip ? cached.gzippedEtag() : cached.etag());
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (cached.etag() != null && (EntityTags.matchesNoneMatch(ifNoneMatch, cached.etag())
				|| EntityTags.matchesNoneMatch(ifNoneMatch, cached.gzippedEtag()))) {
			if (cached.gzipped() != null) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			}
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		writeBody(cached, request, response, gzip);
	}

	private static void writeBody(CachedResponse cached, HttpServletRequest request, HttpServletResponse response,
			boolean gzip) throws IOException {
		byte[] body = gzip ? cached.gzipped() : cached.body();
		response.setContentType(cached.contentType());
		if (cached.gzipped() != null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			Collection<String> values = response.getHeaders(name);
			headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(values));
		}
		return headers;
	}

	/** The headers the application set: those present after it answered, less those present before. */
	private static List<Map.Entry<String, String>> added(Map<String, List<String>> before,
			Map<String, List<String>> after) {
		List<Map.Entry<String, String>> added = new ArrayList<>();
		after.forEach((name, values) -> {
			List<String> earlier = new ArrayList<>(before.getOrDefault(name, List.of()));
			for (String value : values) {
				if (!earlier.remove(value) && !name.equals("content-type") && !name.equals("content-length")) {
					added.add(Map.entry(name, value));
				}
			}
		});
		return List.copyOf(added);
	}

}
