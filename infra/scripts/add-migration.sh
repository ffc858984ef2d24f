#!/usr/bin/env bash
# Adds a migration with the same name to both providers' folders, so SQLite and SQL Server never drift.
# Usage, from anywhere in the repository: infra/scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: add-migration.sh NAME}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
project=src/ShopOnboard.Web
dotnet build "$project" -v q -nologo >/dev/null
dotnet ef migrations add "$name" --project "$project" --no-build \
  --context SqliteShopDbContext --output-dir Data/Migrations/Sqlite --namespace ShopOnboard.Web.Data.Migrations.Sqlite
dotnet ef migrations add "$name" --project "$project" --no-build \
  --context SqlServerShopDbContext --output-dir Data/Migrations/SqlServer --namespace ShopOnboard.Web.Data.Migrations.SqlServer
echo "Added migration $name for SQLite and SQL Server. Run 'dotnet test' to check both."
