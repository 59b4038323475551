package org.sinosoviet.timeline.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.chronology.InvalidDateException;
import org.sinosoviet.timeline.failure.Echo;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;
import org.sinosoviet.timeline.failure.InvalidValuesException.Origin;
import org.sinosoviet.timeline.vocabulary.UnknownCodeException;
import org.sinosoviet.timeline.web.RequestBodyLimitFilter.PayloadTooLargeException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error a handler raises into an RFC 9457 problem: client mistakes into 4xx problems that
 * say what was wrong, anything unexpected into a 500 that reveals nothing of the server.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** How Jackson words a field repeated in one object (strict duplicate detection). */
	private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate Object property \"(.*)\"");

	@ExceptionHandler
	ResponseEntity<Object> invalidValues(InvalidValuesException ex, WebRequest request) {
		return problem(ex, Problems.invalid(ex.origin(), ex.values()), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(ex, Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
				"The change conflicts with data written at the same time (a slug taken, or a reference removed)."),
				request);
	}

	@ExceptionHandler
	ResponseEntity<Object> concurrentWrite(ObjectOptimisticLockingFailureException ex, WebRequest request) {
		return problem(ex, Problems.of(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
				"Precondition failed", "Another write changed this resource at the same time. "
						+ "Fetch it again for its ETag and reapply the change."), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		log.error("Unexpected error answering {}", describe(request), ex);
		return problem(ex, Problems.serverError(), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return handleErrorResponseException(tooLarge, new HttpHeaders(), tooLarge.getStatusCode(), request);
			}
			if (cause instanceof UnrecognizedPropertyException unknown) {
				List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
						: unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
				return problem(ex, Problems.invalid(Origin.BODY, List.of(new InvalidValue(RequestBodies.pathOf(unknown),
						"is not a field of this resource", known))), request);
			}
			if (cause instanceof InvalidFormatException text && text.getTargetType() == String.class
					&& !text.getPath().isEmpty()) {
				return problem(ex, Problems.invalid(Origin.BODY,
						List.of(new InvalidValue(RequestBodies.pathOf(text), text.getOriginalMessage()))), request);
			}
			if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
				return problem(ex, Problems.invalid(Origin.BODY, List.of(new InvalidValue(RequestBodies.pathOf(mapping),
						"has the wrong type of value" + at(mapping.getLocation())))), request);
			}
			Matcher duplicate = cause instanceof StreamReadException read && read.getOriginalMessage() != null
					? DUPLICATE_FIELD.matcher(read.getOriginalMessage()) : null;
			if (duplicate != null && duplicate.matches()) {
				return problem(ex, Problems.invalid(Origin.BODY, List.of(new InvalidValue(duplicate.group(1),
						"appears more than once in the same object" + at(((StreamReadException) cause).getLocation())))),
						request);
			}
			if (cause instanceof JacksonException json) {
				return problem(ex, Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY,
						"Malformed request body", "The request body is not valid JSON" + at(json.getLocation())),
						request);
			}
		}
		return problem(ex, Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Malformed request body",
				"The request body is missing or unreadable."), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"Content-Type " + (ex.getContentType() == null ? "(none)" : ex.getContentType())
						+ " is not accepted here; send one of: "
						+ String.join(", ", ex.getSupportedMediaTypes().stream().map(Object::toString).toList())
						+ ".");
		problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidValue> values = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			values.add(describe(error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> values.add(new InvalidValue(error.getObjectName(), error.getDefaultMessage())));
		Origin origin = ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
				? Origin.BODY : Origin.PARAMETERS;
		return handleExceptionInternal(ex, Problems.invalid(origin, values), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidValue> values = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidValue(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return handleExceptionInternal(ex, Problems.invalidParameters(values), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		InvalidValue value = describeMismatch(name, ex.getValue(), ex);
		return handleExceptionInternal(ex, Problems.invalidParameters(List.of(value)), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidValue value = new InvalidValue(ex.getParameterName(), "is required");
		return handleExceptionInternal(ex, Problems.invalidParameters(List.of(value)), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
				"Resource not found",
				"There is nothing at /" + ex.getResourcePath() + ". The API is described at /v3/api-docs."), headers,
				status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Method " + ex.getMethod()
				+ " is not supported here; supported: "
				+ String.join(", ", headers.getAllow().stream().map(Object::toString).toList()) + ".");
		problem.setType(ProblemTypes.METHOD_NOT_ALLOWED);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Names what the resource offers, JSON first, in the body and in {@code Accept}. The answer depends on
	 * {@code Accept}, also when no handler method was chosen.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<MediaType> available = ex.getSupportedMediaTypes()
			.stream()
			.filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
			.map(type -> new MediaType(type.getType(), type.getSubtype()))
			.distinct()
			.sorted(Comparator.comparing((MediaType type) -> !type.equals(MediaType.APPLICATION_JSON))
				.thenComparing(MediaType::toString))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The representation asked for (by format= or Accept) is not available here; available: "
						+ String.join(", ", available.stream().map(MediaType::toString).toList()) + ".");
		problem.setType(ProblemTypes.NOT_ACCEPTABLE);
		HttpHeaders answer = new HttpHeaders();
		answer.setAccept(available);
		answer.setVary(List.of(HttpHeaders.ACCEPT));
		return handleExceptionInternal(ex, problem, answer, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
			if (problem.getTitle() == null) {
				problem.setTitle(Problems.titleOf(statusCode));
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * Problems are always written as {@code application/problem+json}, whatever the client asked for:
	 * a client that wanted CSV still deserves to know why it got none.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail) {
			HttpHeaders problemHeaders = new HttpHeaders();
			problemHeaders.putAll(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return super.createResponseEntity(body, problemHeaders, statusCode, request);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> problem(Exception ex, ProblemDetail problem, WebRequest request) {
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	private static InvalidValue describe(FieldError error) {
		if (error.isBindingFailure()) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return describeMismatch(error.getField(), error.getRejectedValue(), mismatch);
		}
		return new InvalidValue(error.getField(), error.getDefaultMessage());
	}

	static InvalidValue describeMismatch(String name, @Nullable Object value, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownCodeException unknown) {
				return new InvalidValue(name, unknown.getMessage(), unknown.accepted());
			}
			if (cause instanceof InvalidDateException invalidDate) {
				return new InvalidValue(name, invalidDate.getMessage());
			}
			if (cause instanceof NumberFormatException) {
				return new InvalidValue(name, "'" + Echo.of(value) + "' is not a whole number");
			}
		}
		return new InvalidValue(name, "'" + Echo.of(value) + "' is not a valid value");
	}

	private static String at(@Nullable TokenStreamLocation location) {
		return location == null || location.getLineNr() < 1 ? "."
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
	}

	private static String describe(WebRequest request) {
		return request instanceof ServletWebRequest servlet
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

}
