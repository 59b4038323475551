# syntax=docker/dockerfile:1

# Build with the wrapper on a JDK; the bytecode targets Java 17, the runtime is Java 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/sino-soviet-timeline.jar extract --layers --destination /extracted

# The fast-start recipe (README, "Performance"): the jar's bean definitions were settled at build time by
# Spring's AOT processing (-Dspring.aot.enabled=true uses them), and an ahead-of-time cache of the JVM
# (JEPs 483, 514, 515) is trained here by starting the service once and making the reads clients make.
FROM eclipse-temurin:25-jre AS aot
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY bin/train-aot-cache.sh /usr/local/bin/
# Trained with the runtime's settings (below), which the cache must match, less the metaspace cap:
# writing the cache needs room of its own.
RUN train-aot-cache.sh app.aot sino-soviet-timeline.jar -Xms80m -Xmx80m -XX:ReservedCodeCacheSize=48m -Xss256k \
      -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -Dspring.aot.enabled=true

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 timeline \
 && useradd --system --uid 10001 --gid timeline --home-dir /app --shell /usr/sbin/nologin timeline \
 && mkdir -p /app/data && chown timeline:timeline /app/data
WORKDIR /app
# Layers from the least to the most often changed, so that a code change rebuilds only the last ones.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=aot /app/app.aot ./
USER timeline
# The memory settings measured by bench/run.sh (README, "Performance"): a small, fixed heap is plenty, as
# answers are served from a bounded cache.
ENV TIMELINE_DATA_DIR=/app/data \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xms80m -Xmx80m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss256k -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
VOLUME /app/data
EXPOSE 8080
# The JRE image has no curl; bash's /dev/tcp is enough to ask the liveness probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "sino-soviet-timeline.jar"]
