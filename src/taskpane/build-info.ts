/**
 * What the pane knows of its build, set by webpack.config.js (DefinePlugin) from package.json and
 * the RULEBOOK_FILE / RULEBOOK_URL build settings. Outside a webpack build (unit tests) the
 * defaults below stand in.
 */
export interface BuildInfo {
  /** package.json's version. */
  readonly version: string;
  readonly organisationRulebook: {
    /** RULEBOOK_URL, else `rulebook.json`: resolved against taskpane.html. */
    readonly url: string;
    /** The build was given a rulebook: workbooks that chose none use it. */
    readonly byDefault: boolean;
  };
}

declare const __BUDGET_CHECK_BUILD__: BuildInfo | undefined;

export const BUILD_INFO: BuildInfo =
  typeof __BUDGET_CHECK_BUILD__ === 'undefined' ? { version: 'dev', organisationRulebook: { url: 'rulebook.json', byDefault: false } } : __BUDGET_CHECK_BUILD__;
