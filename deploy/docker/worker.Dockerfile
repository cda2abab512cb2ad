# syntax=docker/dockerfile:1
# The worker's image, built from the repository root (deploy/compose.yaml does):
#   docker build -f deploy/docker/worker.Dockerfile -t consultation-worker .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first: the restore layer is reused until a package reference changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Consultation.Contracts/Consultation.Contracts.csproj Consultation.Contracts/
COPY Consultation.Core/Consultation.Core.csproj Consultation.Core/
COPY Consultation.Hosting/Consultation.Hosting.csproj Consultation.Hosting/
COPY Consultation.Worker/Consultation.Worker.csproj Consultation.Worker/
RUN dotnet restore Consultation.Worker/Consultation.Worker.csproj
COPY Consultation.Contracts/ Consultation.Contracts/
COPY Consultation.Core/ Consultation.Core/
COPY Consultation.Hosting/ Consultation.Hosting/
COPY Consultation.Worker/ Consultation.Worker/
RUN dotnet publish Consultation.Worker/Consultation.Worker.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The runtime image has no HTTP client for the health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The mail templates come along (Mail/Templates beside the program), read-only like the rest.
COPY --from=build /app ./
# Health and metrics only; the worker serves no API.
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The unprivileged user the .NET images provide (uid 1654).
USER $APP_UID
# Liveness: the process answers. Readiness (database, outbox, broker) is compose's check.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Consultation.Worker.dll"]
