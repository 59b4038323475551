package org.sinosoviet.timeline.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.failure.Echo;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters a resource does not take, so that a typo ({@code ?eras=stalin}) is a clear 400
 * rather than a silently unfiltered answer. A resource takes the names of its {@code @RequestParam}s and
 * the components of the records it binds its query to, plus {@code format}; names starting with
 * {@code _} are left alone, as scripts use them to defeat caches. A parameter that takes one value given
 * twice ({@code size=1&size=3}) is refused too, rather than one of the values silently dropped. A value that holds text no database can
 * take ({@link StoredText}) is refused here too, before any query sees it.
 */
class KnownParametersInterceptor implements HandlerInterceptor {

	static final Set<String> ALWAYS_ACCEPTED = Set.of("format");

	private final String basePackage;

	private final Map<HandlerMethod, Accepted> accepted = new ConcurrentHashMap<>();

	KnownParametersInterceptor(String basePackage) {
		this.basePackage = basePackage;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.ERROR || !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().startsWith(basePackage)
				|| method.getBeanType() == HomePageController.class) {
			return true;
		}
		Accepted parameters = accepted.computeIfAbsent(method, KnownParametersInterceptor::acceptedBy);
		List<String> names = parameters.names();
		Set<String> scalars = parameters.single();
		List<InvalidValue> unknown = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!names.contains(name) && !name.startsWith("_")) {
				unknown.add(new InvalidValue(Echo.of(name), "is not a parameter of this resource", names));
				return;
			}
			if (values.length > 1 && scalars.contains(name)) {
				unknown.add(new InvalidValue(name, "is given " + values.length + " times; it takes one value"));
				return;
			}
			for (String value : values) {
				String objection = StoredText.objectionTo(value);
				if (objection != null) {
					unknown.add(new InvalidValue(Echo.of(name), objection));
					return;
				}
			}
		});
		if (!unknown.isEmpty()) {
			throw new InvalidValuesException(unknown);
		}
		return true;
	}

	/**
	 * The parameters a handler takes, in alphabetical order, and those of them that take one value (not
	 * lists), where a second value would otherwise be silently dropped.
	 */
	private static Accepted acceptedBy(HandlerMethod method) {
		Set<String> names = new TreeSet<>(ALWAYS_ACCEPTED);
		Set<String> single = new TreeSet<>(ALWAYS_ACCEPTED);
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				names.add(name);
				if (!Collection.class.isAssignableFrom(type) && !type.isArray()) {
					single.add(name);
				}
			}
			else if (type.isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
					if (!Collection.class.isAssignableFrom(component.getType())) {
						single.add(component.getName());
					}
				}
			}
		}
		return new Accepted(List.copyOf(names), Set.copyOf(single));
	}

	private record Accepted(List<String> names, Set<String> single) {
	}

}
