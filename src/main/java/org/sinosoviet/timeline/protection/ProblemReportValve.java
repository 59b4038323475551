package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.web.SecurityHeaders;

import org.springframework.http.HttpStatus;

/**
 * Answers the requests Tomcat refuses before the application sees them (a malformed request line, an
 * illegal character in the URL, a request line and headers over {@code server.max-http-request-header-size},
 * which is 431) with a problem document instead of
 * Tomcat's HTML page, and without naming the server or its version.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final String TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		String problem;
		if (status == HttpStatus.BAD_REQUEST.value() && headersTooLarge(throwable)) {
			response.setStatus(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value());
			problem = "{\"type\":\"" + ProblemTypes.HEADERS_TOO_LARGE + "\",\"title\":\"Request headers too large\","
					+ "\"status\":431,\"detail\":\"The request line and headers are larger than "
					+ request.getConnector().getProperty("maxHttpRequestHeaderSize") + " bytes, the limit.\"}";
		}
		else {
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			problem = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"The server could not read this request: it is malformed or too large.\"}";
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			SecurityHeaders.apply(response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problem);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response cannot be written: nothing more to do.
		}
	}

	/** Tomcat's own refusal of a request line and headers over its limit, in whatever language it speaks. */
	private static boolean headersTooLarge(Throwable throwable) {
		return throwable instanceof IllegalArgumentException && TOO_LARGE.equals(throwable.getMessage());
	}

}
