/**
 * The GitHub Pages workflow: build the notes with `atlas build` and publish `_site/`. One
 * template for the repository's own `.github/workflows/pages.yml` (which publishes the sample
 * library) and the copy `atlas init` writes beside the notes it creates.
 *
 * The path prefix and address come from `actions/configure-pages`: `base_path` is
 * `/<repository>` for a project site and empty for a user site or a custom domain, so links work
 * in either.
 */

export function pagesWorkflow(notesDir: string): string {
  return `# Build the atlas and publish it on GitHub Pages, on every push to main.
# Set-up: Settings → Pages → Source: GitHub Actions. The repository holds Inquiry Atlas (a clone
# of it, or a package.json that depends on it) and the notes in the folder ATLAS_NOTES names.
name: Publish the atlas

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

env:
  # The notes folder, from the repository root.
  ATLAS_NOTES: ${yamlScalar(notesDir)}

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - id: pages
        uses: actions/configure-pages@v5
      # base_path is "/<repository>" for a project site, "" for a user site or custom domain.
      - run: npx atlas build "$ATLAS_NOTES" --output _site --path-prefix "$BASE_PATH/" --base-url "$ORIGIN"
        env:
          BASE_PATH: \${{ steps.pages.outputs.base_path }}
          ORIGIN: \${{ steps.pages.outputs.origin }}
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** A folder path as a YAML scalar: plain when it is safe, else double-quoted. */
function yamlScalar(value: string): string {
  return value === '.' || /^\w[\w./-]*$/.test(value) ? value : JSON.stringify(value);
}
