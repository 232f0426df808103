# syntax=docker/dockerfile:1
# Build with the Maven wrapper on a JDK, run on a JRE: the image holds the jar and a JRE, nothing else.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/pom.xml core/pom.xml
COPY bot/pom.xml bot/pom.xml
# The benchmarks' module: only its pom, which the parent lists; the image builds the product alone (-pl bot -am).
COPY bench/pom.xml bench/pom.xml
# Dependencies first, so that a source change does not download them again.
RUN ./mvnw -q -B -pl bot -am dependency:go-offline -DexcludeReactor=true || true
COPY core/ core/
COPY bot/ bot/
COPY config/ config/
RUN ./mvnw -q -B -DskipTests -pl bot -am package && cp bot/target/paper-radar.jar /paper-radar.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system radar && useradd --system --gid radar --home-dir /data radar \
    && mkdir -p /data /etc/paper-radar && chown radar:radar /data
COPY --from=build /paper-radar.jar /app/paper-radar.jar
COPY config/paper-radar.yaml config/docker.yaml /etc/paper-radar/
USER radar
# The embedded H2 database and the search index live here; with PostgreSQL only the index does.
VOLUME ["/data"]
ENV PAPERRADAR_DATA=/data PAPERRADAR_CONFIG=/etc/paper-radar/docker.yaml
# docker.yaml sets http.bind to 0.0.0.0: the HEALTHCHECK and a scraper reach /healthz and /metrics here.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-cp", "/app/paper-radar.jar", "paperradar.bot.ops.HealthCheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/paper-radar.jar"]
CMD ["run", "--headless"]
