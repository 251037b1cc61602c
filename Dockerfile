# The API as a container image (issue 13 §6). Unverified here: this machine has a Docker client but no engine.
#   docker build -t msp-api .
#   docker run -p 8080:8080 -e Database__Provider=SqlServer -e ConnectionStrings__Msp='…' msp-api
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY db/ db/
RUN dotnet publish src/Msp.Api/Msp.Api.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Msp.Api.dll"]
