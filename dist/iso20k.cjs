(function (exports, require, module, __filename, __dirname) {"use strict"; const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf;var __hasOwnProp=Object.prototype.hasOwnProperty;var __esm=(fn,res,err)=>function __init(){if(err)throw err[0];try{return fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res}catch(e){throw err=[e],e}};var __commonJS=(cb,mod)=>function __require(){try{return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports}catch(e){throw mod=0,
e}};var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:true})};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from===
"object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=
__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{
value:mod,enumerable:true}):target,mod));var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:true}),mod);var require_error=__commonJS({"node_modules/commander/lib/error.js"(exports2){var CommanderError2=class extends Error{constructor(exitCode,code2,message){super(
message);Error.captureStackTrace(this,this.constructor);this.name=this.constructor.name;this.code=code2;this.exitCode=exitCode;this.nestedError=void 0}};var InvalidArgumentError2=class extends CommanderError2{constructor(message){
super(1,"commander.invalidArgument",message);Error.captureStackTrace(this,this.constructor);this.name=this.constructor.name}};exports2.CommanderError=CommanderError2;
exports2.InvalidArgumentError=InvalidArgumentError2}});var require_argument=__commonJS({"node_modules/commander/lib/argument.js"(exports2){var{InvalidArgumentError:InvalidArgumentError2}=require_error();var Argument2=class{constructor(name,description){
this.description=description||"";this.variadic=false;this.parseArg=void 0;this.defaultValue=void 0;this.defaultValueDescription=void 0;this.argChoices=void 0;switch(name[0]){case"\
<":this.required=true;this._name=name.slice(1,-1);break;case"[":this.required=false;this._name=name.slice(1,-1);break;default:this.required=true;this._name=name;
break}if(this._name.endsWith("...")){this.variadic=true;this._name=this._name.slice(0,-3)}}name(){return this._name}_collectValue(value,previous){if(previous===
this.defaultValue||!Array.isArray(previous)){return[value]}previous.push(value);return previous}default(value,description){this.defaultValue=value;this.defaultValueDescription=
description;return this}argParser(fn){this.parseArg=fn;return this}choices(values){this.argChoices=values.slice();this.parseArg=(arg,previous)=>{if(!this.argChoices.
includes(arg)){throw new InvalidArgumentError2(`Allowed choices are ${this.argChoices.join(", ")}.`)}if(this.variadic){return this._collectValue(arg,previous)}return arg};
return this}argRequired(){this.required=true;return this}argOptional(){this.required=false;return this}};function humanReadableArgName(arg){const nameOutput=arg.
name()+(arg.variadic===true?"...":"");return arg.required?"<"+nameOutput+">":"["+nameOutput+"]"}exports2.Argument=Argument2;exports2.humanReadableArgName=humanReadableArgName}});var require_help=__commonJS({"node_modules/commander/lib/help.js"(exports2){var{humanReadableArgName}=require_argument();var Help2=class{constructor(){this.helpWidth=
void 0;this.minWidthToWrap=40;this.sortSubcommands=false;this.sortOptions=false;this.showGlobalOptions=false}prepareContext(contextOptions){this.helpWidth=this.
helpWidth??contextOptions.helpWidth??80}visibleCommands(cmd){const visibleCommands=cmd.commands.filter(cmd2=>!cmd2._hidden);const helpCommand=cmd._getHelpCommand();
if(helpCommand&&!helpCommand._hidden){visibleCommands.push(helpCommand)}if(this.sortSubcommands){visibleCommands.sort((a,b)=>{return a.name().localeCompare(b.name())})}
return visibleCommands}compareOptions(a,b){const getSortKey=option=>{return option.short?option.short.replace(/^-/,""):option.long.replace(/^--/,"")};return getSortKey(
a).localeCompare(getSortKey(b))}visibleOptions(cmd){const visibleOptions=cmd.options.filter(option=>!option.hidden);const helpOption=cmd._getHelpOption();if(helpOption&&
!helpOption.hidden){const removeShort=helpOption.short&&cmd._findOption(helpOption.short);const removeLong=helpOption.long&&cmd._findOption(helpOption.long);if(!removeShort&&
!removeLong){visibleOptions.push(helpOption)}else if(helpOption.long&&!removeLong){visibleOptions.push(cmd.createOption(helpOption.long,helpOption.description))}else if(helpOption.
short&&!removeShort){visibleOptions.push(cmd.createOption(helpOption.short,helpOption.description))}}if(this.sortOptions){visibleOptions.sort(this.compareOptions)}
return visibleOptions}visibleGlobalOptions(cmd){if(!this.showGlobalOptions)return[];const globalOptions=[];for(let ancestorCmd=cmd.parent;ancestorCmd;ancestorCmd=
ancestorCmd.parent){const visibleOptions=ancestorCmd.options.filter(option=>!option.hidden);globalOptions.push(...visibleOptions)}if(this.sortOptions){globalOptions.
sort(this.compareOptions)}return globalOptions}visibleArguments(cmd){if(cmd._argsDescription){cmd.registeredArguments.forEach(argument=>{argument.description=argument.
description||cmd._argsDescription[argument.name()]||""})}if(cmd.registeredArguments.find(argument=>argument.description)){return cmd.registeredArguments}return[]}subcommandTerm(cmd){
const args=cmd.registeredArguments.map(arg=>humanReadableArgName(arg)).join(" ");return cmd._name+(cmd._aliases[0]?"|"+cmd._aliases[0]:"")+(cmd.options.length?"\
 [options]":"")+(args?" "+args:"")}optionTerm(option){return option.flags}argumentTerm(argument){return argument.name()}longestSubcommandTermLength(cmd,helper){
return helper.visibleCommands(cmd).reduce((max,command)=>{return Math.max(max,this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))))},0)}longestOptionTermLength(cmd,helper){
return helper.visibleOptions(cmd).reduce((max,option)=>{return Math.max(max,this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))))},0)}longestGlobalOptionTermLength(cmd,helper){
return helper.visibleGlobalOptions(cmd).reduce((max,option)=>{return Math.max(max,this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))))},0)}longestArgumentTermLength(cmd,helper){
return helper.visibleArguments(cmd).reduce((max,argument)=>{return Math.max(max,this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))))},0)}commandUsage(cmd){
let cmdName=cmd._name;if(cmd._aliases[0]){cmdName=cmdName+"|"+cmd._aliases[0]}let ancestorCmdNames="";for(let ancestorCmd=cmd.parent;ancestorCmd;ancestorCmd=ancestorCmd.
parent){ancestorCmdNames=ancestorCmd.name()+" "+ancestorCmdNames}return ancestorCmdNames+cmdName+" "+cmd.usage()}commandDescription(cmd){return cmd.description()}subcommandDescription(cmd){
return cmd.summary()||cmd.description()}optionDescription(option){const extraInfo=[];if(option.argChoices){extraInfo.push(`choices: ${option.argChoices.map(choice=>JSON.
stringify(choice)).join(", ")}`)}if(option.defaultValue!==void 0){const showDefault=option.required||option.optional||option.isBoolean()&&typeof option.defaultValue===
"boolean";if(showDefault){extraInfo.push(`default: ${option.defaultValueDescription||JSON.stringify(option.defaultValue)}`)}}if(option.presetArg!==void 0&&option.
optional){extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`)}if(option.envVar!==void 0){extraInfo.push(`env: ${option.envVar}`)}if(extraInfo.length>0){
const extraDescription=`(${extraInfo.join(", ")})`;if(option.description){return`${option.description} ${extraDescription}`}return extraDescription}return option.
description}argumentDescription(argument){const extraInfo=[];if(argument.argChoices){extraInfo.push(`choices: ${argument.argChoices.map(choice=>JSON.stringify(choice)).
join(", ")}`)}if(argument.defaultValue!==void 0){extraInfo.push(`default: ${argument.defaultValueDescription||JSON.stringify(argument.defaultValue)}`)}if(extraInfo.
length>0){const extraDescription=`(${extraInfo.join(", ")})`;if(argument.description){return`${argument.description} ${extraDescription}`}return extraDescription}
return argument.description}formatItemList(heading,items,helper){if(items.length===0)return[];return[helper.styleTitle(heading),...items,""]}groupItems(unsortedItems,visibleItems,getGroup){
const result=new Map;unsortedItems.forEach(item=>{const group=getGroup(item);if(!result.has(group))result.set(group,[])});visibleItems.forEach(item=>{const group=getGroup(
item);if(!result.has(group)){result.set(group,[])}result.get(group).push(item)});return result}formatHelp(cmd,helper){const termWidth=helper.padWidth(cmd,helper);
const helpWidth=helper.helpWidth??80;function callFormatItem(term2,description){return helper.formatItem(term2,termWidth,description,helper)}let output=[`${helper.
styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,""];const commandDescription=helper.commandDescription(cmd);if(commandDescription.length>0){
output=output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription),helpWidth),""])}const argumentList=helper.visibleArguments(cmd).map(argument=>{
return callFormatItem(helper.styleArgumentTerm(helper.argumentTerm(argument)),helper.styleArgumentDescription(helper.argumentDescription(argument)))});output=output.
concat(this.formatItemList("Arguments:",argumentList,helper));const optionGroups=this.groupItems(cmd.options,helper.visibleOptions(cmd),option=>option.helpGroupHeading??
"Options:");optionGroups.forEach((options,group)=>{const optionList=options.map(option=>{return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)),
helper.styleOptionDescription(helper.optionDescription(option)))});output=output.concat(this.formatItemList(group,optionList,helper))});if(helper.showGlobalOptions){
const globalOptionList=helper.visibleGlobalOptions(cmd).map(option=>{return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)),helper.styleOptionDescription(
helper.optionDescription(option)))});output=output.concat(this.formatItemList("Global Options:",globalOptionList,helper))}const commandGroups=this.groupItems(cmd.
commands,helper.visibleCommands(cmd),sub=>sub.helpGroup()||"Commands:");commandGroups.forEach((commands2,group)=>{const commandList=commands2.map(sub=>{return callFormatItem(
helper.styleSubcommandTerm(helper.subcommandTerm(sub)),helper.styleSubcommandDescription(helper.subcommandDescription(sub)))});output=output.concat(this.formatItemList(
group,commandList,helper))});return output.join("\n")}displayWidth(str){return stripColor(str).length}styleTitle(str){return str}styleUsage(str){return str.split(
" ").map(word=>{if(word==="[options]")return this.styleOptionText(word);if(word==="[command]")return this.styleSubcommandText(word);if(word[0]==="["||word[0]===
"<")return this.styleArgumentText(word);return this.styleCommandText(word)}).join(" ")}styleCommandDescription(str){return this.styleDescriptionText(str)}styleOptionDescription(str){
return this.styleDescriptionText(str)}styleSubcommandDescription(str){return this.styleDescriptionText(str)}styleArgumentDescription(str){return this.styleDescriptionText(
str)}styleDescriptionText(str){return str}styleOptionTerm(str){return this.styleOptionText(str)}styleSubcommandTerm(str){return str.split(" ").map(word=>{if(word===
"[options]")return this.styleOptionText(word);if(word[0]==="["||word[0]==="<")return this.styleArgumentText(word);return this.styleSubcommandText(word)}).join("\
 ")}styleArgumentTerm(str){return this.styleArgumentText(str)}styleOptionText(str){return str}styleArgumentText(str){return str}styleSubcommandText(str){return str}styleCommandText(str){
return str}padWidth(cmd,helper){return Math.max(helper.longestOptionTermLength(cmd,helper),helper.longestGlobalOptionTermLength(cmd,helper),helper.longestSubcommandTermLength(
cmd,helper),helper.longestArgumentTermLength(cmd,helper))}preformatted(str){return/\n[^\S\r\n]/.test(str)}formatItem(term2,termWidth,description,helper){const itemIndent=2;
const itemIndentStr=" ".repeat(itemIndent);if(!description)return itemIndentStr+term2;const paddedTerm=term2.padEnd(termWidth+term2.length-helper.displayWidth(term2));
const spacerWidth=2;const helpWidth=this.helpWidth??80;const remainingWidth=helpWidth-termWidth-spacerWidth-itemIndent;let formattedDescription;if(remainingWidth<
this.minWidthToWrap||helper.preformatted(description)){formattedDescription=description}else{const wrappedDescription=helper.boxWrap(description,remainingWidth);
formattedDescription=wrappedDescription.replace(/\n/g,"\n"+" ".repeat(termWidth+spacerWidth))}return itemIndentStr+paddedTerm+" ".repeat(spacerWidth)+formattedDescription.
replace(/\n/g,`
${itemIndentStr}`)}boxWrap(str,width){if(width<this.minWidthToWrap)return str;const rawLines=str.split(/\r\n|\n/);const chunkPattern=/[\s]*[^\s]+/g;const wrappedLines=[];
rawLines.forEach(line=>{const chunks=line.match(chunkPattern);if(chunks===null){wrappedLines.push("");return}let sumChunks=[chunks.shift()];let sumWidth=this.displayWidth(
sumChunks[0]);chunks.forEach(chunk=>{const visibleWidth=this.displayWidth(chunk);if(sumWidth+visibleWidth<=width){sumChunks.push(chunk);sumWidth+=visibleWidth;return}
wrappedLines.push(sumChunks.join(""));const nextChunk=chunk.trimStart();sumChunks=[nextChunk];sumWidth=this.displayWidth(nextChunk)});wrappedLines.push(sumChunks.
join(""))});return wrappedLines.join("\n")}};function stripColor(str){const sgrPattern=/\x1b\[\d*(;\d*)*m/g;return str.replace(sgrPattern,"")}exports2.Help=Help2;
exports2.stripColor=stripColor}});var require_option=__commonJS({"node_modules/commander/lib/option.js"(exports2){var{InvalidArgumentError:InvalidArgumentError2}=require_error();var Option2=class{constructor(flags,description){
this.flags=flags;this.description=description||"";this.required=flags.includes("<");this.optional=flags.includes("[");this.variadic=/\w\.\.\.[>\]]$/.test(flags);
this.mandatory=false;const optionFlags=splitOptionFlags(flags);this.short=optionFlags.shortFlag;this.long=optionFlags.longFlag;this.negate=false;if(this.long){this.
negate=this.long.startsWith("--no-")}this.defaultValue=void 0;this.defaultValueDescription=void 0;this.presetArg=void 0;this.envVar=void 0;this.parseArg=void 0;
this.hidden=false;this.argChoices=void 0;this.conflictsWith=[];this.implied=void 0;this.helpGroupHeading=void 0}default(value,description){this.defaultValue=value;
this.defaultValueDescription=description;return this}preset(arg){this.presetArg=arg;return this}conflicts(names){this.conflictsWith=this.conflictsWith.concat(names);
return this}implies(impliedOptionValues){let newImplied=impliedOptionValues;if(typeof impliedOptionValues==="string"){newImplied={[impliedOptionValues]:true}}this.
implied=Object.assign(this.implied||{},newImplied);return this}env(name){this.envVar=name;return this}argParser(fn){this.parseArg=fn;return this}makeOptionMandatory(mandatory=true){
this.mandatory=!!mandatory;return this}hideHelp(hide=true){this.hidden=!!hide;return this}_collectValue(value,previous){if(previous===this.defaultValue||!Array.
isArray(previous)){return[value]}previous.push(value);return previous}choices(values){this.argChoices=values.slice();this.parseArg=(arg,previous)=>{if(!this.argChoices.
includes(arg)){throw new InvalidArgumentError2(`Allowed choices are ${this.argChoices.join(", ")}.`)}if(this.variadic){return this._collectValue(arg,previous)}return arg};
return this}name(){if(this.long){return this.long.replace(/^--/,"")}return this.short.replace(/^-/,"")}attributeName(){if(this.negate){return camelcase(this.name().
replace(/^no-/,""))}return camelcase(this.name())}helpGroup(heading){this.helpGroupHeading=heading;return this}is(arg){return this.short===arg||this.long===arg}isBoolean(){
return!this.required&&!this.optional&&!this.negate}};var DualOptions=class{constructor(options){this.positiveOptions=new Map;this.negativeOptions=new Map;this.dualOptions=
new Set;options.forEach(option=>{if(option.negate){this.negativeOptions.set(option.attributeName(),option)}else{this.positiveOptions.set(option.attributeName(),
option)}});this.negativeOptions.forEach((value,key)=>{if(this.positiveOptions.has(key)){this.dualOptions.add(key)}})}valueFromOption(value,option){const optionKey=option.
attributeName();if(!this.dualOptions.has(optionKey))return true;const preset=this.negativeOptions.get(optionKey).presetArg;const negativeValue=preset!==void 0?preset:
false;return option.negate===(negativeValue===value)}};function camelcase(str){return str.split("-").reduce((str2,word)=>{return str2+word[0].toUpperCase()+word.
slice(1)})}function splitOptionFlags(flags){let shortFlag;let longFlag;const shortFlagExp=/^-[^-]$/;const longFlagExp=/^--[^-]/;const flagParts=flags.split(/[ |,]+/).
concat("guard");if(shortFlagExp.test(flagParts[0]))shortFlag=flagParts.shift();if(longFlagExp.test(flagParts[0]))longFlag=flagParts.shift();if(!shortFlag&&shortFlagExp.
test(flagParts[0]))shortFlag=flagParts.shift();if(!shortFlag&&longFlagExp.test(flagParts[0])){shortFlag=longFlag;longFlag=flagParts.shift()}if(flagParts[0].startsWith(
"-")){const unsupportedFlag=flagParts[0];const baseError=`option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;if(/^-[^-][^-]/.test(unsupportedFlag))
throw new Error(`${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);if(shortFlagExp.test(unsupportedFlag))throw new Error(`${baseError}
- too many short flags`);if(longFlagExp.test(unsupportedFlag))throw new Error(`${baseError}
- too many long flags`);throw new Error(`${baseError}
- unrecognised flag format`)}if(shortFlag===void 0&&longFlag===void 0)throw new Error(`option creation failed due to no flags found in '${flags}'.`);return{shortFlag,
longFlag}}exports2.Option=Option2;exports2.DualOptions=DualOptions}});var require_suggestSimilar=__commonJS({"node_modules/commander/lib/suggestSimilar.js"(exports2){var maxDistance=3;function editDistance(a,b){if(Math.abs(a.length-
b.length)>maxDistance)return Math.max(a.length,b.length);const d=[];for(let i=0;i<=a.length;i++){d[i]=[i]}for(let j=0;j<=b.length;j++){d[0][j]=j}for(let j=1;j<=
b.length;j++){for(let i=1;i<=a.length;i++){let cost=1;if(a[i-1]===b[j-1]){cost=0}else{cost=1}d[i][j]=Math.min(d[i-1][j]+1,d[i][j-1]+1,d[i-1][j-1]+cost);if(i>1&&
j>1&&a[i-1]===b[j-2]&&a[i-2]===b[j-1]){d[i][j]=Math.min(d[i][j],d[i-2][j-2]+1)}}}return d[a.length][b.length]}function suggestSimilar(word,candidates){if(!candidates||
candidates.length===0)return"";candidates=Array.from(new Set(candidates));const searchingOptions=word.startsWith("--");if(searchingOptions){word=word.slice(2);candidates=
candidates.map(candidate=>candidate.slice(2))}let similar=[];let bestDistance=maxDistance;const minSimilarity=.4;candidates.forEach(candidate=>{if(candidate.length<=
1)return;const distance3=editDistance(word,candidate);const length=Math.max(word.length,candidate.length);const similarity=(length-distance3)/length;if(similarity>
minSimilarity){if(distance3<bestDistance){bestDistance=distance3;similar=[candidate]}else if(distance3===bestDistance){similar.push(candidate)}}});similar.sort(
(a,b)=>a.localeCompare(b));if(searchingOptions){similar=similar.map(candidate=>`--${candidate}`)}if(similar.length>1){return`
(Did you mean one of ${similar.join(", ")}?)`}if(similar.length===1){return`
(Did you mean ${similar[0]}?)`}return""}exports2.suggestSimilar=suggestSimilar}});var require_command=__commonJS({"node_modules/commander/lib/command.js"(exports2){var EventEmitter=require("node:events").EventEmitter;var childProcess={spawn:(...args)=>require("node:child_process").
spawn(...args)};var path2=require("node:path");var fs=require("node:fs");var process4=require("node:process");var{Argument:Argument2,humanReadableArgName}=require_argument();
var{CommanderError:CommanderError2}=require_error();var{Help:Help2,stripColor}=require_help();var{Option:Option2,DualOptions}=require_option();var{suggestSimilar}=require_suggestSimilar();
var Command9=class _Command extends EventEmitter{constructor(name){super();this.commands=[];this.options=[];this.parent=null;this._allowUnknownOption=false;this.
_allowExcessArguments=false;this.registeredArguments=[];this._args=this.registeredArguments;this.args=[];this.rawArgs=[];this.processedArgs=[];this._scriptPath=
null;this._name=name||"";this._optionValues={};this._optionValueSources={};this._storeOptionsAsProperties=false;this._actionHandler=null;this._executableHandler=
false;this._executableFile=null;this._executableDir=null;this._defaultCommandName=null;this._exitCallback=null;this._aliases=[];this._combineFlagAndOptionalValue=
true;this._description="";this._summary="";this._argsDescription=void 0;this._enablePositionalOptions=false;this._passThroughOptions=false;this._lifeCycleHooks=
{};this._showHelpAfterError=false;this._showSuggestionAfterError=true;this._savedState=null;this._outputConfiguration={writeOut:str=>process4.stdout.write(str),
writeErr:str=>process4.stderr.write(str),outputError:(str,write)=>write(str),getOutHelpWidth:()=>process4.stdout.isTTY?process4.stdout.columns:void 0,getErrHelpWidth:()=>process4.
stderr.isTTY?process4.stderr.columns:void 0,getOutHasColors:()=>useColor()??(process4.stdout.isTTY&&process4.stdout.hasColors?.()),getErrHasColors:()=>useColor()??
(process4.stderr.isTTY&&process4.stderr.hasColors?.()),stripColor:str=>stripColor(str)};this._hidden=false;this._helpOption=void 0;this._addImplicitHelpCommand=
void 0;this._helpCommand=void 0;this._helpConfiguration={};this._helpGroupHeading=void 0;this._defaultCommandGroup=void 0;this._defaultOptionGroup=void 0}copyInheritedSettings(sourceCommand){
this._outputConfiguration=sourceCommand._outputConfiguration;this._helpOption=sourceCommand._helpOption;this._helpCommand=sourceCommand._helpCommand;this._helpConfiguration=
sourceCommand._helpConfiguration;this._exitCallback=sourceCommand._exitCallback;this._storeOptionsAsProperties=sourceCommand._storeOptionsAsProperties;this._combineFlagAndOptionalValue=
sourceCommand._combineFlagAndOptionalValue;this._allowExcessArguments=sourceCommand._allowExcessArguments;this._enablePositionalOptions=sourceCommand._enablePositionalOptions;
this._showHelpAfterError=sourceCommand._showHelpAfterError;this._showSuggestionAfterError=sourceCommand._showSuggestionAfterError;return this}_getCommandAndAncestors(){
const result=[];for(let command=this;command;command=command.parent){result.push(command)}return result}command(nameAndArgs,actionOptsOrExecDesc,execOpts){let desc=actionOptsOrExecDesc;
let opts=execOpts;if(typeof desc==="object"&&desc!==null){opts=desc;desc=null}opts=opts||{};const[,name,args]=nameAndArgs.match(/([^ ]+) *(.*)/);const cmd=this.
createCommand(name);if(desc){cmd.description(desc);cmd._executableHandler=true}if(opts.isDefault)this._defaultCommandName=cmd._name;cmd._hidden=!!(opts.noHelp||
opts.hidden);cmd._executableFile=opts.executableFile||null;if(args)cmd.arguments(args);this._registerCommand(cmd);cmd.parent=this;cmd.copyInheritedSettings(this);
if(desc)return this;return cmd}createCommand(name){return new _Command(name)}createHelp(){return Object.assign(new Help2,this.configureHelp())}configureHelp(configuration){
if(configuration===void 0)return this._helpConfiguration;this._helpConfiguration=configuration;return this}configureOutput(configuration){if(configuration===void 0)
return this._outputConfiguration;this._outputConfiguration={...this._outputConfiguration,...configuration};return this}showHelpAfterError(displayHelp=true){if(typeof displayHelp!==
"string")displayHelp=!!displayHelp;this._showHelpAfterError=displayHelp;return this}showSuggestionAfterError(displaySuggestion=true){this._showSuggestionAfterError=
!!displaySuggestion;return this}addCommand(cmd,opts){if(!cmd._name){throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`)}opts=opts||{};if(opts.isDefault)this._defaultCommandName=cmd._name;if(opts.noHelp||opts.hidden)cmd.
_hidden=true;this._registerCommand(cmd);cmd.parent=this;cmd._checkForBrokenPassThrough();return this}createArgument(name,description){return new Argument2(name,
description)}argument(name,description,parseArg,defaultValue){const argument=this.createArgument(name,description);if(typeof parseArg==="function"){argument.default(
defaultValue).argParser(parseArg)}else{argument.default(parseArg)}this.addArgument(argument);return this}arguments(names){names.trim().split(/ +/).forEach(detail=>{
this.argument(detail)});return this}addArgument(argument){const previousArgument=this.registeredArguments.slice(-1)[0];if(previousArgument?.variadic){throw new Error(
`only the last argument can be variadic '${previousArgument.name()}'`)}if(argument.required&&argument.defaultValue!==void 0&&argument.parseArg===void 0){throw new Error(
`a default value for a required argument is never used: '${argument.name()}'`)}this.registeredArguments.push(argument);return this}helpCommand(enableOrNameAndArgs,description){
if(typeof enableOrNameAndArgs==="boolean"){this._addImplicitHelpCommand=enableOrNameAndArgs;if(enableOrNameAndArgs&&this._defaultCommandGroup){this._initCommandGroup(
this._getHelpCommand())}return this}const nameAndArgs=enableOrNameAndArgs??"help [command]";const[,helpName,helpArgs]=nameAndArgs.match(/([^ ]+) *(.*)/);const helpDescription=description??
"display help for command";const helpCommand=this.createCommand(helpName);helpCommand.helpOption(false);if(helpArgs)helpCommand.arguments(helpArgs);if(helpDescription)
helpCommand.description(helpDescription);this._addImplicitHelpCommand=true;this._helpCommand=helpCommand;if(enableOrNameAndArgs||description)this._initCommandGroup(
helpCommand);return this}addHelpCommand(helpCommand,deprecatedDescription){if(typeof helpCommand!=="object"){this.helpCommand(helpCommand,deprecatedDescription);
return this}this._addImplicitHelpCommand=true;this._helpCommand=helpCommand;this._initCommandGroup(helpCommand);return this}_getHelpCommand(){const hasImplicitHelpCommand=this.
_addImplicitHelpCommand??(this.commands.length&&!this._actionHandler&&!this._findCommand("help"));if(hasImplicitHelpCommand){if(this._helpCommand===void 0){this.
helpCommand(void 0,void 0)}return this._helpCommand}return null}hook(event,listener){const allowedValues=["preSubcommand","preAction","postAction"];if(!allowedValues.
includes(event)){throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`)}if(this._lifeCycleHooks[event]){this._lifeCycleHooks[event].push(listener)}else{this._lifeCycleHooks[event]=[
listener]}return this}exitOverride(fn){if(fn){this._exitCallback=fn}else{this._exitCallback=err=>{if(err.code!=="commander.executeSubCommandAsync"){throw err}else{}}}
return this}_exit(exitCode,code2,message){if(this._exitCallback){this._exitCallback(new CommanderError2(exitCode,code2,message))}process4.exit(exitCode)}action(fn){
const listener=args=>{const expectedArgsCount=this.registeredArguments.length;const actionArgs=args.slice(0,expectedArgsCount);if(this._storeOptionsAsProperties){
actionArgs[expectedArgsCount]=this}else{actionArgs[expectedArgsCount]=this.opts()}actionArgs.push(this);return fn.apply(this,actionArgs)};this._actionHandler=listener;
return this}createOption(flags,description){return new Option2(flags,description)}_callParseArg(target,value,previous,invalidArgumentMessage){try{return target.
parseArg(value,previous)}catch(err){if(err.code==="commander.invalidArgument"){const message=`${invalidArgumentMessage} ${err.message}`;this.error(message,{exitCode:err.
exitCode,code:err.code})}throw err}}_registerOption(option){const matchingOption=option.short&&this._findOption(option.short)||option.long&&this._findOption(option.
long);if(matchingOption){const matchingFlag=option.long&&this._findOption(option.long)?option.long:option.short;throw new Error(`Cannot add option '${option.flags}\
'${this._name&&` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`)}this._initOptionGroup(option);this.options.push(option)}_registerCommand(command){const knownBy=cmd=>{return[
cmd.name()].concat(cmd.aliases())};const alreadyUsed=knownBy(command).find(name=>this._findCommand(name));if(alreadyUsed){const existingCmd=knownBy(this._findCommand(
alreadyUsed)).join("|");const newCmd=knownBy(command).join("|");throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`)}this.
_initCommandGroup(command);this.commands.push(command)}addOption(option){this._registerOption(option);const oname=option.name();const name=option.attributeName();
if(option.negate){const positiveLongFlag=option.long.replace(/^--no-/,"--");if(!this._findOption(positiveLongFlag)){this.setOptionValueWithSource(name,option.defaultValue===
void 0?true:option.defaultValue,"default")}}else if(option.defaultValue!==void 0){this.setOptionValueWithSource(name,option.defaultValue,"default")}const handleOptionValue=(val,invalidValueMessage,valueSource)=>{
if(val==null&&option.presetArg!==void 0){val=option.presetArg}const oldValue=this.getOptionValue(name);if(val!==null&&option.parseArg){val=this._callParseArg(option,
val,oldValue,invalidValueMessage)}else if(val!==null&&option.variadic){val=option._collectValue(val,oldValue)}if(val==null){if(option.negate){val=false}else if(option.
isBoolean()||option.optional){val=true}else{val=""}}this.setOptionValueWithSource(name,val,valueSource)};this.on("option:"+oname,val=>{const invalidValueMessage=`\
error: option '${option.flags}' argument '${val}' is invalid.`;handleOptionValue(val,invalidValueMessage,"cli")});if(option.envVar){this.on("optionEnv:"+oname,val=>{
const invalidValueMessage=`error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;handleOptionValue(val,invalidValueMessage,"en\
v")})}return this}_optionEx(config,flags,description,fn,defaultValue){if(typeof flags==="object"&&flags instanceof Option2){throw new Error("To add an Option ob\
ject use addOption() instead of option() or requiredOption()")}const option=this.createOption(flags,description);option.makeOptionMandatory(!!config.mandatory);
if(typeof fn==="function"){option.default(defaultValue).argParser(fn)}else if(fn instanceof RegExp){const regex=fn;fn=(val,def)=>{const m=regex.exec(val);return m?
m[0]:def};option.default(defaultValue).argParser(fn)}else{option.default(fn)}return this.addOption(option)}option(flags,description,parseArg,defaultValue){return this.
_optionEx({},flags,description,parseArg,defaultValue)}requiredOption(flags,description,parseArg,defaultValue){return this._optionEx({mandatory:true},flags,description,
parseArg,defaultValue)}combineFlagAndOptionalValue(combine=true){this._combineFlagAndOptionalValue=!!combine;return this}allowUnknownOption(allowUnknown=true){this.
_allowUnknownOption=!!allowUnknown;return this}allowExcessArguments(allowExcess=true){this._allowExcessArguments=!!allowExcess;return this}enablePositionalOptions(positional=true){
this._enablePositionalOptions=!!positional;return this}passThroughOptions(passThrough=true){this._passThroughOptions=!!passThrough;this._checkForBrokenPassThrough();
return this}_checkForBrokenPassThrough(){if(this.parent&&this._passThroughOptions&&!this.parent._enablePositionalOptions){throw new Error(`passThroughOptions ca\
nnot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`)}}storeOptionsAsProperties(storeAsProperties=true){if(this.options.
length){throw new Error("call .storeOptionsAsProperties() before adding options")}if(Object.keys(this._optionValues).length){throw new Error("call .storeOptions\
AsProperties() before setting option values")}this._storeOptionsAsProperties=!!storeAsProperties;return this}getOptionValue(key){if(this._storeOptionsAsProperties){
return this[key]}return this._optionValues[key]}setOptionValue(key,value){return this.setOptionValueWithSource(key,value,void 0)}setOptionValueWithSource(key,value,source){
if(this._storeOptionsAsProperties){this[key]=value}else{this._optionValues[key]=value}this._optionValueSources[key]=source;return this}getOptionValueSource(key){
return this._optionValueSources[key]}getOptionValueSourceWithGlobals(key){let source;this._getCommandAndAncestors().forEach(cmd=>{if(cmd.getOptionValueSource(key)!==
void 0){source=cmd.getOptionValueSource(key)}});return source}_prepareUserArgs(argv,parseOptions){if(argv!==void 0&&!Array.isArray(argv)){throw new Error("first\
 parameter to parse must be array or undefined")}parseOptions=parseOptions||{};if(argv===void 0&&parseOptions.from===void 0){if(process4.versions?.electron){parseOptions.
from="electron"}const execArgv=process4.execArgv??[];if(execArgv.includes("-e")||execArgv.includes("--eval")||execArgv.includes("-p")||execArgv.includes("--prin\
t")){parseOptions.from="eval"}}if(argv===void 0){argv=process4.argv}this.rawArgs=argv.slice();let userArgs;switch(parseOptions.from){case void 0:case"node":this.
_scriptPath=argv[1];userArgs=argv.slice(2);break;case"electron":if(process4.defaultApp){this._scriptPath=argv[1];userArgs=argv.slice(2)}else{userArgs=argv.slice(
1)}break;case"user":userArgs=argv.slice(0);break;case"eval":userArgs=argv.slice(1);break;default:throw new Error(`unexpected parse option { from: '${parseOptions.
from}' }`)}if(!this._name&&this._scriptPath)this.nameFromFilename(this._scriptPath);this._name=this._name||"program";return userArgs}parse(argv,parseOptions){this.
_prepareForParse();const userArgs=this._prepareUserArgs(argv,parseOptions);this._parseCommand([],userArgs);return this}async parseAsync(argv,parseOptions){this.
_prepareForParse();const userArgs=this._prepareUserArgs(argv,parseOptions);await this._parseCommand([],userArgs);return this}_prepareForParse(){if(this._savedState===
null){this.saveStateBeforeParse()}else{this.restoreStateBeforeParse()}}saveStateBeforeParse(){this._savedState={_name:this._name,_optionValues:{...this._optionValues},
_optionValueSources:{...this._optionValueSources}}}restoreStateBeforeParse(){if(this._storeOptionsAsProperties)throw new Error(`Can not call parse again when st\
oreOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);this._name=this._savedState._name;this._scriptPath=null;this.rawArgs=
[];this._optionValues={...this._savedState._optionValues};this._optionValueSources={...this._savedState._optionValueSources};this.args=[];this.processedArgs=[]}_checkForMissingExecutable(executableFile,executableDir,subcommandName){
if(fs.existsSync(executableFile))return;const executableDirMessage=executableDir?`searched for local subcommand relative to directory '${executableDir}'`:"no di\
rectory for search for local subcommand, use .executableDir() to supply a custom directory";const executableMissing=`'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;throw new Error(executableMissing)}_executeSubCommand(subcommand,args){args=args.slice();let launchWithNode=false;const sourceExt=["\
.js",".ts",".tsx",".mjs",".cjs"];function findFile(baseDir,baseName2){const localBin=path2.resolve(baseDir,baseName2);if(fs.existsSync(localBin))return localBin;
if(sourceExt.includes(path2.extname(baseName2)))return void 0;const foundExt=sourceExt.find(ext=>fs.existsSync(`${localBin}${ext}`));if(foundExt)return`${localBin}${foundExt}`;
return void 0}this._checkForMissingMandatoryOptions();this._checkForConflictingOptions();let executableFile=subcommand._executableFile||`${this._name}-${subcommand.
_name}`;let executableDir=this._executableDir||"";if(this._scriptPath){let resolvedScriptPath;try{resolvedScriptPath=fs.realpathSync(this._scriptPath)}catch{resolvedScriptPath=
this._scriptPath}executableDir=path2.resolve(path2.dirname(resolvedScriptPath),executableDir)}if(executableDir){let localFile=findFile(executableDir,executableFile);
if(!localFile&&!subcommand._executableFile&&this._scriptPath){const legacyName=path2.basename(this._scriptPath,path2.extname(this._scriptPath));if(legacyName!==
this._name){localFile=findFile(executableDir,`${legacyName}-${subcommand._name}`)}}executableFile=localFile||executableFile}launchWithNode=sourceExt.includes(path2.
extname(executableFile));let proc;if(process4.platform!=="win32"){if(launchWithNode){args.unshift(executableFile);args=incrementNodeInspectorPort(process4.execArgv).
concat(args);proc=childProcess.spawn(process4.argv[0],args,{stdio:"inherit"})}else{proc=childProcess.spawn(executableFile,args,{stdio:"inherit"})}}else{this._checkForMissingExecutable(
executableFile,executableDir,subcommand._name);args.unshift(executableFile);args=incrementNodeInspectorPort(process4.execArgv).concat(args);proc=childProcess.spawn(
process4.execPath,args,{stdio:"inherit"})}if(!proc.killed){const signals2=["SIGUSR1","SIGUSR2","SIGTERM","SIGINT","SIGHUP"];signals2.forEach(signal=>{process4.on(
signal,()=>{if(proc.killed===false&&proc.exitCode===null){proc.kill(signal)}})})}const exitCallback=this._exitCallback;proc.on("close",code2=>{code2=code2??1;if(!exitCallback){
process4.exit(code2)}else{exitCallback(new CommanderError2(code2,"commander.executeSubCommandAsync","(close)"))}});proc.on("error",err=>{if(err.code==="ENOENT"){
this._checkForMissingExecutable(executableFile,executableDir,subcommand._name)}else if(err.code==="EACCES"){throw new Error(`'${executableFile}' not executable`)}
if(!exitCallback){process4.exit(1)}else{const wrappedError=new CommanderError2(1,"commander.executeSubCommandAsync","(error)");wrappedError.nestedError=err;exitCallback(
wrappedError)}});this.runningCommand=proc}_dispatchSubcommand(commandName,operands,unknown){const subCommand=this._findCommand(commandName);if(!subCommand)this.
help({error:true});subCommand._prepareForParse();let promiseChain;promiseChain=this._chainOrCallSubCommandHook(promiseChain,subCommand,"preSubcommand");promiseChain=
this._chainOrCall(promiseChain,()=>{if(subCommand._executableHandler){this._executeSubCommand(subCommand,operands.concat(unknown))}else{return subCommand._parseCommand(
operands,unknown)}});return promiseChain}_dispatchHelpCommand(subcommandName){if(!subcommandName){this.help()}const subCommand=this._findCommand(subcommandName);
if(subCommand&&!subCommand._executableHandler){subCommand.help()}return this._dispatchSubcommand(subcommandName,[],[this._getHelpOption()?.long??this._getHelpOption()?.
short??"--help"])}_checkNumberOfArguments(){this.registeredArguments.forEach((arg,i)=>{if(arg.required&&this.args[i]==null){this.missingArgument(arg.name())}});
if(this.registeredArguments.length>0&&this.registeredArguments[this.registeredArguments.length-1].variadic){return}if(this.args.length>this.registeredArguments.
length){this._excessArguments(this.args)}}_processArguments(){const myParseArg=(argument,value,previous)=>{let parsedValue=value;if(value!==null&&argument.parseArg){
const invalidValueMessage=`error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;parsedValue=this._callParseArg(argument,value,
previous,invalidValueMessage)}return parsedValue};this._checkNumberOfArguments();const processedArgs=[];this.registeredArguments.forEach((declaredArg,index)=>{let value=declaredArg.
defaultValue;if(declaredArg.variadic){if(index<this.args.length){value=this.args.slice(index);if(declaredArg.parseArg){value=value.reduce((processed,v)=>{return myParseArg(
declaredArg,v,processed)},declaredArg.defaultValue)}}else if(value===void 0){value=[]}}else if(index<this.args.length){value=this.args[index];if(declaredArg.parseArg){
value=myParseArg(declaredArg,value,declaredArg.defaultValue)}}processedArgs[index]=value});this.processedArgs=processedArgs}_chainOrCall(promise,fn){if(promise?.
then&&typeof promise.then==="function"){return promise.then(()=>fn())}return fn()}_chainOrCallHooks(promise,event){let result=promise;const hooks=[];this._getCommandAndAncestors().
reverse().filter(cmd=>cmd._lifeCycleHooks[event]!==void 0).forEach(hookedCommand=>{hookedCommand._lifeCycleHooks[event].forEach(callback=>{hooks.push({hookedCommand,
callback})})});if(event==="postAction"){hooks.reverse()}hooks.forEach(hookDetail=>{result=this._chainOrCall(result,()=>{return hookDetail.callback(hookDetail.hookedCommand,
this)})});return result}_chainOrCallSubCommandHook(promise,subCommand,event){let result=promise;if(this._lifeCycleHooks[event]!==void 0){this._lifeCycleHooks[event].
forEach(hook=>{result=this._chainOrCall(result,()=>{return hook(this,subCommand)})})}return result}_parseCommand(operands,unknown){const parsed=this.parseOptions(
unknown);this._parseOptionsEnv();this._parseOptionsImplied();operands=operands.concat(parsed.operands);unknown=parsed.unknown;this.args=operands.concat(unknown);
if(operands&&this._findCommand(operands[0])){return this._dispatchSubcommand(operands[0],operands.slice(1),unknown)}if(this._getHelpCommand()&&operands[0]===this.
_getHelpCommand().name()){return this._dispatchHelpCommand(operands[1])}if(this._defaultCommandName){this._outputHelpIfRequested(unknown);return this._dispatchSubcommand(
this._defaultCommandName,operands,unknown)}if(this.commands.length&&this.args.length===0&&!this._actionHandler&&!this._defaultCommandName){this.help({error:true})}
this._outputHelpIfRequested(parsed.unknown);this._checkForMissingMandatoryOptions();this._checkForConflictingOptions();const checkForUnknownOptions=()=>{if(parsed.
unknown.length>0){this.unknownOption(parsed.unknown[0])}};const commandEvent=`command:${this.name()}`;if(this._actionHandler){checkForUnknownOptions();this._processArguments();
let promiseChain;promiseChain=this._chainOrCallHooks(promiseChain,"preAction");promiseChain=this._chainOrCall(promiseChain,()=>this._actionHandler(this.processedArgs));
if(this.parent){promiseChain=this._chainOrCall(promiseChain,()=>{this.parent.emit(commandEvent,operands,unknown)})}promiseChain=this._chainOrCallHooks(promiseChain,
"postAction");return promiseChain}if(this.parent?.listenerCount(commandEvent)){checkForUnknownOptions();this._processArguments();this.parent.emit(commandEvent,operands,
unknown)}else if(operands.length){if(this._findCommand("*")){return this._dispatchSubcommand("*",operands,unknown)}if(this.listenerCount("command:*")){this.emit(
"command:*",operands,unknown)}else if(this.commands.length){this.unknownCommand()}else{checkForUnknownOptions();this._processArguments()}}else if(this.commands.
length){checkForUnknownOptions();this.help({error:true})}else{checkForUnknownOptions();this._processArguments()}}_findCommand(name){if(!name)return void 0;return this.
commands.find(cmd=>cmd._name===name||cmd._aliases.includes(name))}_findOption(arg){return this.options.find(option=>option.is(arg))}_checkForMissingMandatoryOptions(){
this._getCommandAndAncestors().forEach(cmd=>{cmd.options.forEach(anOption=>{if(anOption.mandatory&&cmd.getOptionValue(anOption.attributeName())===void 0){cmd.missingMandatoryOptionValue(
anOption)}})})}_checkForConflictingLocalOptions(){const definedNonDefaultOptions=this.options.filter(option=>{const optionKey=option.attributeName();if(this.getOptionValue(
optionKey)===void 0){return false}return this.getOptionValueSource(optionKey)!=="default"});const optionsWithConflicting=definedNonDefaultOptions.filter(option=>option.
conflictsWith.length>0);optionsWithConflicting.forEach(option=>{const conflictingAndDefined=definedNonDefaultOptions.find(defined=>option.conflictsWith.includes(
defined.attributeName()));if(conflictingAndDefined){this._conflictingOption(option,conflictingAndDefined)}})}_checkForConflictingOptions(){this._getCommandAndAncestors().
forEach(cmd=>{cmd._checkForConflictingLocalOptions()})}parseOptions(args){const operands=[];const unknown=[];let dest=operands;function maybeOption(arg){return arg.
length>1&&arg[0]==="-"}const negativeNumberArg=arg=>{if(!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg))return false;return!this._getCommandAndAncestors().some(cmd=>cmd.
options.map(opt=>opt.short).some(short=>/^-\d$/.test(short)))};let activeVariadicOption=null;let activeGroup=null;let i=0;while(i<args.length||activeGroup){const arg=activeGroup??
args[i++];activeGroup=null;if(arg==="--"){if(dest===unknown)dest.push(arg);dest.push(...args.slice(i));break}if(activeVariadicOption&&(!maybeOption(arg)||negativeNumberArg(
arg))){this.emit(`option:${activeVariadicOption.name()}`,arg);continue}activeVariadicOption=null;if(maybeOption(arg)){const option=this._findOption(arg);if(option){
if(option.required){const value=args[i++];if(value===void 0)this.optionMissingArgument(option);this.emit(`option:${option.name()}`,value)}else if(option.optional){
let value=null;if(i<args.length&&(!maybeOption(args[i])||negativeNumberArg(args[i]))){value=args[i++]}this.emit(`option:${option.name()}`,value)}else{this.emit(
`option:${option.name()}`)}activeVariadicOption=option.variadic?option:null;continue}}if(arg.length>2&&arg[0]==="-"&&arg[1]!=="-"){const option=this._findOption(
`-${arg[1]}`);if(option){if(option.required||option.optional&&this._combineFlagAndOptionalValue){this.emit(`option:${option.name()}`,arg.slice(2))}else{this.emit(
`option:${option.name()}`);activeGroup=`-${arg.slice(2)}`}continue}}if(/^--[^=]+=/.test(arg)){const index=arg.indexOf("=");const option=this._findOption(arg.slice(
0,index));if(option&&(option.required||option.optional)){this.emit(`option:${option.name()}`,arg.slice(index+1));continue}}if(dest===operands&&maybeOption(arg)&&
!(this.commands.length===0&&negativeNumberArg(arg))){dest=unknown}if((this._enablePositionalOptions||this._passThroughOptions)&&operands.length===0&&unknown.length===
0){if(this._findCommand(arg)){operands.push(arg);unknown.push(...args.slice(i));break}else if(this._getHelpCommand()&&arg===this._getHelpCommand().name()){operands.
push(arg,...args.slice(i));break}else if(this._defaultCommandName){unknown.push(arg,...args.slice(i));break}}if(this._passThroughOptions){dest.push(arg,...args.
slice(i));break}dest.push(arg)}return{operands,unknown}}opts(){if(this._storeOptionsAsProperties){const result={};const len=this.options.length;for(let i=0;i<len;i++){
const key=this.options[i].attributeName();result[key]=key===this._versionOptionName?this._version:this[key]}return result}return this._optionValues}optsWithGlobals(){
return this._getCommandAndAncestors().reduce((combinedOptions,cmd)=>Object.assign(combinedOptions,cmd.opts()),{})}error(message,errorOptions){this._outputConfiguration.
outputError(`${message}
`,this._outputConfiguration.writeErr);if(typeof this._showHelpAfterError==="string"){this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`)}else if(this._showHelpAfterError){this._outputConfiguration.writeErr("\n");this.outputHelp({error:true})}const config=errorOptions||{};const exitCode=config.
exitCode||1;const code2=config.code||"commander.error";this._exit(exitCode,code2,message)}_parseOptionsEnv(){this.options.forEach(option=>{if(option.envVar&&option.
envVar in process4.env){const optionKey=option.attributeName();if(this.getOptionValue(optionKey)===void 0||["default","config","env"].includes(this.getOptionValueSource(
optionKey))){if(option.required||option.optional){this.emit(`optionEnv:${option.name()}`,process4.env[option.envVar])}else{this.emit(`optionEnv:${option.name()}`)}}}})}_parseOptionsImplied(){
const dualHelper=new DualOptions(this.options);const hasCustomOptionValue=optionKey=>{return this.getOptionValue(optionKey)!==void 0&&!["default","implied"].includes(
this.getOptionValueSource(optionKey))};this.options.filter(option=>option.implied!==void 0&&hasCustomOptionValue(option.attributeName())&&dualHelper.valueFromOption(
this.getOptionValue(option.attributeName()),option)).forEach(option=>{Object.keys(option.implied).filter(impliedKey=>!hasCustomOptionValue(impliedKey)).forEach(
impliedKey=>{this.setOptionValueWithSource(impliedKey,option.implied[impliedKey],"implied")})})}missingArgument(name){const message=`error: missing required arg\
ument '${name}'`;this.error(message,{code:"commander.missingArgument"})}optionMissingArgument(option){const message=`error: option '${option.flags}' argument mi\
ssing`;this.error(message,{code:"commander.optionMissingArgument"})}missingMandatoryOptionValue(option){const message=`error: required option '${option.flags}' \
not specified`;this.error(message,{code:"commander.missingMandatoryOptionValue"})}_conflictingOption(option,conflictingOption){const findBestOptionFromValue=option2=>{
const optionKey=option2.attributeName();const optionValue=this.getOptionValue(optionKey);const negativeOption=this.options.find(target=>target.negate&&optionKey===
target.attributeName());const positiveOption=this.options.find(target=>!target.negate&&optionKey===target.attributeName());if(negativeOption&&(negativeOption.presetArg===
void 0&&optionValue===false||negativeOption.presetArg!==void 0&&optionValue===negativeOption.presetArg)){return negativeOption}return positiveOption||option2};const getErrorMessage=option2=>{
const bestOption=findBestOptionFromValue(option2);const optionKey=bestOption.attributeName();const source=this.getOptionValueSource(optionKey);if(source==="env"){
return`environment variable '${bestOption.envVar}'`}return`option '${bestOption.flags}'`};const message=`error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(
conflictingOption)}`;this.error(message,{code:"commander.conflictingOption"})}unknownOption(flag){if(this._allowUnknownOption)return;let suggestion2="";if(flag.
startsWith("--")&&this._showSuggestionAfterError){let candidateFlags=[];let command=this;do{const moreFlags=command.createHelp().visibleOptions(command).filter(
option=>option.long).map(option=>option.long);candidateFlags=candidateFlags.concat(moreFlags);command=command.parent}while(command&&!command._enablePositionalOptions);
suggestion2=suggestSimilar(flag,candidateFlags)}const message=`error: unknown option '${flag}'${suggestion2}`;this.error(message,{code:"commander.unknownOption"})}_excessArguments(receivedArgs){
if(this._allowExcessArguments)return;const expected=this.registeredArguments.length;const s=expected===1?"":"s";const forSubcommand=this.parent?` for '${this.name()}\
'`:"";const message=`error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;this.error(message,{code:"com\
mander.excessArguments"})}unknownCommand(){const unknownName=this.args[0];let suggestion2="";if(this._showSuggestionAfterError){const candidateNames=[];this.createHelp().
visibleCommands(this).forEach(command=>{candidateNames.push(command.name());if(command.alias())candidateNames.push(command.alias())});suggestion2=suggestSimilar(
unknownName,candidateNames)}const message=`error: unknown command '${unknownName}'${suggestion2}`;this.error(message,{code:"commander.unknownCommand"})}version(str,flags,description){
if(str===void 0)return this._version;this._version=str;flags=flags||"-V, --version";description=description||"output the version number";const versionOption=this.
createOption(flags,description);this._versionOptionName=versionOption.attributeName();this._registerOption(versionOption);this.on("option:"+versionOption.name(),
()=>{this._outputConfiguration.writeOut(`${str}
`);this._exit(0,"commander.version",str)});return this}description(str,argsDescription){if(str===void 0&&argsDescription===void 0)return this._description;this.
_description=str;if(argsDescription){this._argsDescription=argsDescription}return this}summary(str){if(str===void 0)return this._summary;this._summary=str;return this}alias(alias){
if(alias===void 0)return this._aliases[0];let command=this;if(this.commands.length!==0&&this.commands[this.commands.length-1]._executableHandler){command=this.commands[this.
commands.length-1]}if(alias===command._name)throw new Error("Command alias can't be the same as its name");const matchingCommand=this.parent?._findCommand(alias);
if(matchingCommand){const existingCmd=[matchingCommand.name()].concat(matchingCommand.aliases()).join("|");throw new Error(`cannot add alias '${alias}' to comma\
nd '${this.name()}' as already have command '${existingCmd}'`)}command._aliases.push(alias);return this}aliases(aliases){if(aliases===void 0)return this._aliases;
aliases.forEach(alias=>this.alias(alias));return this}usage(str){if(str===void 0){if(this._usage)return this._usage;const args=this.registeredArguments.map(arg=>{
return humanReadableArgName(arg)});return[].concat(this.options.length||this._helpOption!==null?"[options]":[],this.commands.length?"[command]":[],this.registeredArguments.
length?args:[]).join(" ")}this._usage=str;return this}name(str){if(str===void 0)return this._name;this._name=str;return this}helpGroup(heading){if(heading===void 0)
return this._helpGroupHeading??"";this._helpGroupHeading=heading;return this}commandsGroup(heading){if(heading===void 0)return this._defaultCommandGroup??"";this.
_defaultCommandGroup=heading;return this}optionsGroup(heading){if(heading===void 0)return this._defaultOptionGroup??"";this._defaultOptionGroup=heading;return this}_initOptionGroup(option){
if(this._defaultOptionGroup&&!option.helpGroupHeading)option.helpGroup(this._defaultOptionGroup)}_initCommandGroup(cmd){if(this._defaultCommandGroup&&!cmd.helpGroup())
cmd.helpGroup(this._defaultCommandGroup)}nameFromFilename(filename){this._name=path2.basename(filename,path2.extname(filename));return this}executableDir(path3){
if(path3===void 0)return this._executableDir;this._executableDir=path3;return this}helpInformation(contextOptions){const helper=this.createHelp();const context=this.
_getOutputContext(contextOptions);helper.prepareContext({error:context.error,helpWidth:context.helpWidth,outputHasColors:context.hasColors});const text=helper.formatHelp(
this,helper);if(context.hasColors)return text;return this._outputConfiguration.stripColor(text)}_getOutputContext(contextOptions){contextOptions=contextOptions||
{};const error=!!contextOptions.error;let baseWrite;let hasColors;let helpWidth;if(error){baseWrite=str=>this._outputConfiguration.writeErr(str);hasColors=this.
_outputConfiguration.getErrHasColors();helpWidth=this._outputConfiguration.getErrHelpWidth()}else{baseWrite=str=>this._outputConfiguration.writeOut(str);hasColors=
this._outputConfiguration.getOutHasColors();helpWidth=this._outputConfiguration.getOutHelpWidth()}const write=str=>{if(!hasColors)str=this._outputConfiguration.
stripColor(str);return baseWrite(str)};return{error,write,hasColors,helpWidth}}outputHelp(contextOptions){let deprecatedCallback;if(typeof contextOptions==="fun\
ction"){deprecatedCallback=contextOptions;contextOptions=void 0}const outputContext=this._getOutputContext(contextOptions);const eventContext={error:outputContext.
error,write:outputContext.write,command:this};this._getCommandAndAncestors().reverse().forEach(command=>command.emit("beforeAllHelp",eventContext));this.emit("b\
eforeHelp",eventContext);let helpInformation=this.helpInformation({error:outputContext.error});if(deprecatedCallback){helpInformation=deprecatedCallback(helpInformation);
if(typeof helpInformation!=="string"&&!Buffer.isBuffer(helpInformation)){throw new Error("outputHelp callback must return a string or a Buffer")}}outputContext.
write(helpInformation);if(this._getHelpOption()?.long){this.emit(this._getHelpOption().long)}this.emit("afterHelp",eventContext);this._getCommandAndAncestors().
forEach(command=>command.emit("afterAllHelp",eventContext))}helpOption(flags,description){if(typeof flags==="boolean"){if(flags){if(this._helpOption===null)this.
_helpOption=void 0;if(this._defaultOptionGroup){this._initOptionGroup(this._getHelpOption())}}else{this._helpOption=null}return this}this._helpOption=this.createOption(
flags??"-h, --help",description??"display help for command");if(flags||description)this._initOptionGroup(this._helpOption);return this}_getHelpOption(){if(this.
_helpOption===void 0){this.helpOption(void 0,void 0)}return this._helpOption}addHelpOption(option){this._helpOption=option;this._initOptionGroup(option);return this}help(contextOptions){
this.outputHelp(contextOptions);let exitCode=Number(process4.exitCode??0);if(exitCode===0&&contextOptions&&typeof contextOptions!=="function"&&contextOptions.error){
exitCode=1}this._exit(exitCode,"commander.help","(outputHelp)")}addHelpText(position,text){const allowedValues=["beforeAll","before","after","afterAll"];if(!allowedValues.
includes(position)){throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`)}const helpEvent=`${position}Help`;this.on(helpEvent,context=>{let helpStr;if(typeof text==="function"){helpStr=
text({error:context.error,command:context.command})}else{helpStr=text}if(helpStr){context.write(`${helpStr}
`)}});return this}_outputHelpIfRequested(args){const helpOption=this._getHelpOption();const helpRequested=helpOption&&args.find(arg=>helpOption.is(arg));if(helpRequested){
this.outputHelp();this._exit(0,"commander.helpDisplayed","(outputHelp)")}}};function incrementNodeInspectorPort(args){return args.map(arg=>{if(!arg.startsWith("\
--inspect")){return arg}let debugOption;let debugHost="127.0.0.1";let debugPort="9229";let match;if((match=arg.match(/^(--inspect(-brk)?)$/))!==null){debugOption=
match[1]}else if((match=arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/))!==null){debugOption=match[1];if(/^\d+$/.test(match[3])){debugPort=match[3]}else{debugHost=
match[3]}}else if((match=arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/))!==null){debugOption=match[1];debugHost=match[3];debugPort=match[4]}if(debugOption&&
debugPort!=="0"){return`${debugOption}=${debugHost}:${parseInt(debugPort)+1}`}return arg})}function useColor(){if(process4.env.NO_COLOR||process4.env.FORCE_COLOR===
"0"||process4.env.FORCE_COLOR==="false")return false;if(process4.env.FORCE_COLOR||process4.env.CLICOLOR_FORCE!==void 0)return true;return void 0}exports2.Command=
Command9;exports2.useColor=useColor}});var require_commander=__commonJS({"node_modules/commander/index.js"(exports2){var{Argument:Argument2}=require_argument();var{Command:Command9}=require_command();
var{CommanderError:CommanderError2,InvalidArgumentError:InvalidArgumentError2}=require_error();var{Help:Help2}=require_help();var{Option:Option2}=require_option();
exports2.program=new Command9;exports2.createCommand=name=>new Command9(name);exports2.createOption=(flags,description)=>new Option2(flags,description);exports2.
createArgument=(name,description)=>new Argument2(name,description);exports2.Command=Command9;exports2.Option=Option2;exports2.Argument=Argument2;exports2.Help=Help2;
exports2.CommanderError=CommanderError2;exports2.InvalidArgumentError=InvalidArgumentError2;exports2.InvalidOptionArgumentError=InvalidArgumentError2}});var InputError;var init_errors=__esm({"src/model/errors.ts"(){"use strict";InputError=class extends Error{constructor(messageId,params={}){super(messageId);this.
messageId=messageId;this.params=params;this.name="InputError"}messageId;params}}});function readDataFile(url){let text;try{text=(0,import_node_fs.readFileSync)(url,"utf8")}catch{process.stderr.write(`iso20k: ${(0,import_node_url.fileURLToPath)(
url)} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone
`);process.exit(2)}return JSON.parse(text)}var import_node_fs,import_node_url;var init_data_file=__esm({"src/catalog/data-file.ts"(){"use strict";import_node_fs=
require("node:fs");import_node_url=require("node:url")}});function readData(name){data??=readDataFile(new URL("./data.json",__importMetaUrl));return data[name]}var data;var init_read_data=__esm({"data-file:read-data"(){
init_data_file()}});var assess_en_default;var init_assess_en=__esm({"src/i18n/assess.en.json"(){"use strict";init_read_data();assess_en_default=readData("i18n/assess.en.json")}});var en_default;var init_en=__esm({"src/i18n/en.json"(){"use strict";init_read_data();en_default=readData("i18n/en.json")}});var init_en_default;var init_init_en=__esm({"src/i18n/init.en.json"(){"use strict";init_read_data();init_en_default=readData("i18n/init.en.json")}});var reports_en_default;var init_reports_en=__esm({"src/i18n/reports.en.json"(){"use strict";init_read_data();reports_en_default=readData("i18n/reports.en.json")}});var LANGS;var init_types=__esm({"src/catalog/types.ts"(){"use strict";LANGS=["en","zh-CN"]}});function catalogue(...parts){const messages=new Map;for(const part of parts)for(const key in part)messages.set(key,part[key]);return messages}function messagesIn(lang){
let messages=read.get(lang);if(!messages)read.set(lang,messages=catalogue(...READ_ON_DEMAND[lang]()));return messages}function translator(lang){const messages=messagesIn(
lang);return(key,params={})=>{const template=messages.get(key)??english.get(key);if(template===void 0)throw new Error(`missing message "${key}"`);return interpolate(
template,params,lang)}}function localized(build){return wordedOnDemand(lang=>build(translator(lang),lang))}function wordedOnDemand(word){const texts={};for(const lang of LANGS){
let text;Object.defineProperty(texts,lang,{enumerable:true,get:()=>text??=word(lang)})}return texts}function ruleNames(ruleIds){const ids=[...new Set(ruleIds)];
return localized((t,lang)=>ids.map(id=>lang==="en"||!hasMessage(`rule.${id}.title`)?id:t(`rule.${id}.title`)).join(lang==="en"?", ":t("list.separator")))}function codeList(names){
return localized((t,lang)=>lang==="en"?names.join(", "):names.map(name=>`\`${name}\``).join(t("list.separator")))}function hasMessage(key){return english.has(key)}
function interpolate(template,params,lang){const counted=template.includes(", plural, ")?template.replace(PLURAL,(whole,name,one,other)=>{const value=params[name];
if(typeof value!=="number")return whole;return(value===1?one:other).replaceAll("#",String(value))}):template;return counted.replace(/( ?)\{(\w+)\}( ?)/g,(whole,before,name,after,offset)=>{
if(!Object.hasOwn(params,name))return whole;const value=params[name];const text=typeof value==="object"?value[lang]:String(value);if(lang==="en")return before+text+
after;const spaceBefore=before!==""&&!(CHINESE.test(counted[offset-1]??"")&&CHINESE.test(text[0]??""));const spaceAfter=after!==""&&!(CHINESE.test(text[text.length-
1]??"")&&CHINESE.test(counted[offset+whole.length]??""));return(spaceBefore?" ":"")+text+(spaceAfter?" ":"")})}var english,READ_ON_DEMAND,read,PLURAL,CHINESE;var init_translate=__esm(
{"src/i18n/translate.ts"(){"use strict";init_assess_en();init_en();init_init_en();init_reports_en();init_data_file();init_types();english=catalogue(en_default,reports_en_default,
init_en_default,assess_en_default);READ_ON_DEMAND={"zh-CN":()=>[new URL("./zh-CN.json",__importMetaUrl),new URL("./reports.zh-CN.json",__importMetaUrl),new URL(
"./init.zh-CN.json",__importMetaUrl),new URL("./assess.zh-CN.json",__importMetaUrl)].map(file=>readDataFile(file))};read=new Map([["en",english]]);PLURAL=/\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
CHINESE=/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/}});function printable(text,kept="none"){return wellFormed(text).replace(CONTROLS[kept],c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(BIDI_CONTROLS,
c=>`<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}>`)}function wellFormed(text){return text.replace(NOT_TEXT,"\uFFFD")}function printableParams(params){
if(!params)return params;const clean=value=>typeof value==="string"?printable(value):typeof value==="object"?wordedOnDemand(lang=>printable(value[lang])):value;
return Object.fromEntries(Object.entries(params).map(([key,value])=>[key,clean(value)]))}function printableTranslate(t){return(key,params)=>t(key,printableParams(
params))}var CONTROLS,BIDI_CONTROLS,NOT_TEXT;var init_printable=__esm({"src/model/printable.ts"(){"use strict";init_translate();CONTROLS={none:/[\u0000-\u001f\u007f-\u009f]/g,
"line-feeds":/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,layout:/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g};BIDI_CONTROLS=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
NOT_TEXT=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g}});var catalog_default;var init_catalog=__esm({"src/catalog/data/catalog.json"(){"use strict";init_read_data();catalog_default=readData("catalog/data/catalog.json")}});function clauseWithin(id,ancestor){return id===ancestor||id.startsWith(`${ancestor}.`)}function pushTo(map,key,value){const list2=map.get(key);if(list2)list2.push(
value);else map.set(key,[value])}var Catalog,assessmentItems,catalog;var init_catalog2=__esm({"src/catalog/catalog.ts"(){"use strict";init_catalog();init_data_file();
Catalog=class{standard;#data;#clauseById=new Map;#childrenByParent=new Map;#requirementById=new Map;#requirementsByClause=new Map;#categoryByKey=new Map;#itemByClause;#documents;#records;constructor(data2){
this.#data=data2;this.standard=data2.standard;for(const clause of data2.clauses){this.#clauseById.set(clause.id,clause);if(clause.parent!==null)pushTo(this.#childrenByParent,
clause.parent,clause)}for(const requirement of data2.requirements){this.#requirementById.set(requirement.id,requirement);for(const clauseId of requirement.clauses)
pushTo(this.#requirementsByClause,clauseId,requirement)}for(const category of data2.businessCategories){this.#categoryByKey.set(category.code,category);this.#categoryByKey.
set(category.number,category)}this.#documents=data2.requirements.filter(r=>r.kind==="document");this.#records=data2.requirements.filter(r=>r.kind==="record")}clauses(){
return this.#data.clauses}clause(id){return this.#clauseById.get(id)}childrenOf(id){return this.#childrenByParent.get(id)??[]}topLevelOf(id){const dot=id.indexOf(
".");return dot===-1?id:id.slice(0,dot)}isWithin(id,ancestor){return clauseWithin(id,ancestor)}requirements(){return this.#data.requirements}requirement(id){return this.#requirementById.
get(id)}requirementsOfClause(clauseId,deep=false){if(!deep)return this.#requirementsByClause.get(clauseId)??[];return this.#data.requirements.filter(r=>r.clauses.
some(c=>clauseWithin(c,clauseId)))}documents(){return this.#documents}records(){return this.#records}dossier(){return this.#data.dossier}businessCategories(){return this.#data.
businessCategories}businessCategory(codeOrNumber){return this.#categoryByKey.get(codeOrNumber)}legacyGroups(){return this.#data.legacyGroups}legacyProcesses(){return this.#data.
legacyProcesses}amendments(){return this.#data.amendments}assessmentItems(){return this.#data.assessmentItems}assessmentItem(clause){this.#itemByClause??=new Map(
this.#data.assessmentItems.map(item=>[item.clause,item]));return this.#itemByClause.get(clause)}};catalog=new Catalog({...catalog_default,get assessmentItems(){
return assessmentItems??=readDataFile(new URL("./data/assessment-items.json",__importMetaUrl))}})}});function openRegularFile(path2,options){const fd=(0,import_node_fs2.openSync)(path2,import_node_fs2.constants.O_RDONLY|NONBLOCK|(options.followLinks?0:NOFOLLOW));
try{const stats=(0,import_node_fs2.fstatSync)(fd);if(stats.isFile())return{kind:"file",fd,size:stats.size}}catch(error){(0,import_node_fs2.closeSync)(fd);throw error}
(0,import_node_fs2.closeSync)(fd);return{kind:"not-a-file"}}function readUpTo(fd,maxBytes,expected=0){let buffer=Buffer.allocUnsafe(expected>0?Math.min(maxBytes,
expected)+1:CHUNK);let total=0;for(;;){if(total===buffer.length){const larger=Buffer.allocUnsafe(Math.max(total+CHUNK,Math.min(2*total,Math.ceil((maxBytes+1)/CHUNK)*
CHUNK)));buffer.copy(larger,0,0,total);buffer=larger}const wanted=buffer.length-total;const read2=(0,import_node_fs2.readSync)(fd,buffer,total,wanted,null);if(read2===
0)return buffer.subarray(0,total);total+=read2;if(total>maxBytes)return void 0;if(read2<wanted&&total===expected)return buffer.subarray(0,total)}}var import_node_fs2,
NONBLOCK,NOFOLLOW,CHUNK;var init_regular_file=__esm({"src/io/regular-file.ts"(){"use strict";import_node_fs2=require("node:fs");NONBLOCK=import_node_fs2.constants.
O_NONBLOCK??0;NOFOLLOW=import_node_fs2.constants.O_NOFOLLOW??0;CHUNK=64*1024}});function lineStarts(text){let starts=new Int32Array(Math.max(16,text.length>>5));let count=1;for(let i=text.indexOf("\n");i>=0;i=text.indexOf("\n",i+1)){if(count===
starts.length){const larger=new Int32Array(count*2);larger.set(starts);starts=larger}starts[count++]=i+1}return starts.subarray(0,count)}function positionIn(starts,offset){
let low=0;let high=starts.length-1;while(low<high){const middle=low+high+1>>1;if(starts[middle]<=offset)low=middle;else high=middle-1}return{line:low+1,column:offset-
starts[low]+1}}var init_positions=__esm({"src/load/positions.ts"(){"use strict"}});function readSource(file,path2,maxBytes=DEFAULT_MAX_BYTES){let size;try{const stat=(0,import_node_fs3.statSync)(path2);if(stat.isDirectory())throw new InputError(
"input.isDirectory",{file});if(!stat.isFile())throw new InputError("input.notRegular",{file});size=stat.size}catch(error){if(error instanceof InputError)throw error;
throw new InputError("input.notFound",{file})}if(size>maxBytes)throw new InputError("input.tooLarge",{file,size,limit:maxBytes});let bytes;try{const fd=(0,import_node_fs3.openSync)(
path2,"r");try{bytes=readUpTo(fd,maxBytes,size)}finally{(0,import_node_fs3.closeSync)(fd)}}catch{throw new InputError("input.unreadable",{file})}if(!bytes)throw new InputError(
"input.grewTooLarge",{file,limit:maxBytes});return{file,...decode(bytes,file)}}function decode(bytes,file){if(bytes[0]===255&&bytes[1]===254)return{text:new TextDecoder(
"utf-16le").decode(bytes.subarray(2)),problems:[]};if(bytes[0]===254&&bytes[1]===255)return{text:new TextDecoder("utf-16be").decode(bytes.subarray(2)),problems:[]};
const hasBom=bytes[0]===239&&bytes[1]===187&&bytes[2]===191;const body=hasBom?bytes.subarray(3):bytes;const text=UTF8.decode(body);const invalidAt=firstInvalidUtf8(
body);if(invalidAt<0)return{text,problems:[]};const before=UTF8.decode(body.subarray(0,invalidAt));const{line,column}=positionIn(lineStarts(before),before.length);
return{text,problems:[{ruleId:"file-encoding",severity:"major",messageId:"load.invalidUtf8",file,line,column}]}}function firstInvalidUtf8(bytes){if((0,import_node_buffer.isUtf8)(
bytes))return-1;let i=0;while(i<bytes.length){const b=bytes[i];const length=b<128?1:b>=194&&b<=223?2:b>=224&&b<=239?3:b>=240&&b<=244?4:0;if(length===0||i+length>
bytes.length||!(0,import_node_buffer.isUtf8)(bytes.subarray(i,i+length)))return i;i+=length}return-1}var import_node_buffer,import_node_fs3,DEFAULT_MAX_BYTES,UTF8;
var init_read_source=__esm({"src/io/read-source.ts"(){"use strict";import_node_buffer=require("node:buffer");import_node_fs3=require("node:fs");init_regular_file();
init_errors();init_positions();DEFAULT_MAX_BYTES=10*1024*1024;UTF8=new TextDecoder("utf-8")}});var date_format_exports={};__export(date_format_exports,{formats:()=>formats,isCalendarDate:()=>isCalendarDate});function digits(text,from,count){let value=0;for(let i=from;i<
from+count;i++){const digit=text.charCodeAt(i)-48;if(digit<0||digit>9)return-1;value=value*10+digit}return value}function isLeapYear(year){return year%4===0&&(year%
100!==0||year%400===0)}function isCalendarDate(text){if(text.length!==10||text.charCodeAt(4)!==DASH||text.charCodeAt(7)!==DASH)return false;const year=digits(text,
0,4);const month=digits(text,5,2);const day=digits(text,8,2);if(year<0||month<1||month>12||day<1)return false;return day<=(month===2&&isLeapYear(year)?29:DAYS_IN_MONTH[month])}
var DASH,DAYS_IN_MONTH,formats;var init_date_format=__esm({"src/validate/date-format.ts"(){"use strict";DASH=45;DAYS_IN_MONTH=[0,31,28,31,30,31,30,31,31,30,31,30,
31];formats={date:isCalendarDate}}});function parseDate(value){if(!isCalendarDate(value))throw new InputError("cli.badDate",{value});if(value<FIRST_DAY)throw new InputError("cli.asOfOutOfRange",{value,
first:FIRST_DAY,last:LAST_DAY});return value}function parseMaxSize(value){const megabytes=Number(value);if(!Number.isFinite(megabytes)||megabytes<=0)throw new InputError(
"cli.badSize",{value});return Math.round(megabytes*1024*1024)}function resolveAsOf(asOf,io){if(asOf!==void 0)return parseDate(asOf);const epoch=io.env.SOURCE_DATE_EPOCH;
if(epoch!==void 0&&epoch!=="")return dayOfEpoch(epoch);return io.now().toISOString().slice(0,10)}function dayOfEpoch(epoch){if(!/^-?\d+$/.test(epoch))throw new InputError(
"cli.badEpoch",{value:epoch});const seconds=Number(epoch);if(!(seconds>=FIRST_SECOND&&seconds<=LAST_SECOND))throw new InputError("cli.epochOutOfRange",{value:epoch,
first:FIRST_DAY,last:LAST_DAY});return new Date(seconds*1e3).toISOString().slice(0,10)}var LANG_CHOICES,DEFAULT_MAX_SIZE_MB,FIRST_DAY,LAST_DAY,FIRST_SECOND,LAST_SECOND;
var init_options=__esm({"src/cli/options.ts"(){"use strict";init_types();init_errors();init_read_source();init_date_format();LANG_CHOICES=LANGS;DEFAULT_MAX_SIZE_MB=
DEFAULT_MAX_BYTES/(1024*1024);FIRST_DAY="0001-01-01";LAST_DAY="9999-12-31";FIRST_SECOND=Date.parse("0001-01-01T00:00:00Z")/1e3;LAST_SECOND=Date.parse("9999-12-3\
1T23:59:59Z")/1e3}});var catalog_yaml_exports={};__export(catalog_yaml_exports,{renderCatalogYaml:()=>renderCatalogYaml});function renderCatalogYaml(view){return(0,import_yaml.stringify)(
view,{lineWidth:0})}var import_yaml;var init_catalog_yaml=__esm({"src/report/catalog-yaml.ts"(){"use strict";import_yaml=require("./vendor/yaml.cjs")}});function gradeKey(finding){return finding.category==="nonconformity"?`format.grade.${finding.severity}`:`format.category.${finding.category}`}function compareSeverity(a,b){
return SEVERITIES.indexOf(a)-SEVERITIES.indexOf(b)}function atOrAbove(severity2,threshold){return compareSeverity(severity2,threshold)<=0}var SEVERITIES,CATEGORIES;
var init_finding=__esm({"src/model/finding.ts"(){"use strict";SEVERITIES=["major","minor","observation"];CATEGORIES=["invalid","prerequisite","nonconformity"]}});function byCategory(findings){return{invalid:findings.filter(f=>f.category==="invalid"),prerequisites:findings.filter(f=>f.category==="prerequisite"),nonconformities:findings.
filter(f=>f.category==="nonconformity")}}var init_categories=__esm({"src/report/formatters/categories.ts"(){"use strict"}});function scoredClause(clause,scores){let best;for(const{clause:scored}of scores){if((clause===scored||clause.startsWith(`${scored}.`))&&(best===void 0||scored.length>
best.length))best=scored}return best}var init_scored_clause=__esm({"src/report/scored-clause.ts"(){"use strict"}});var GRADE_OF_RATING;var init_conformity_grade=__esm({"src/engine/conformity-grade.ts"(){"use strict";GRADE_OF_RATING={"not-addressed":"major",initial:"major",inconsistent:"\
minor"}}});var actionMissing;var init_action_missing=__esm({"src/rules/action-missing.ts"(){"use strict";init_conformity_grade();actionMissing={id:"action-missing",severity:"\
minor",clauses:["10.2"],messages:["noAction"],check(_sms,{gap,report}){if(!gap)return;for(const{value:item,pointer}of gap.items)if(GRADE_OF_RATING[item.status]===
"major"&&gap.pendingActionsFor(item.clause).length===0)report({messageId:"noAction",params:{clause:item.clause},clause:item.clause,pointer:`${pointer}/clause`,...gap.
place(`${pointer}/clause`)})}}}});var actionOverdue;var init_action_overdue=__esm({"src/rules/action-overdue.ts"(){"use strict";actionOverdue={id:"action-overdue",severity:"minor",clauses:["10.2"],
messages:["overdue"],check(_sms,{gap,asOf,report}){if(!gap)return;for(const{value:action,pointer}of gap.actions)if((action.status==="open"||action.status==="in-\
progress")&&action.due<asOf)report({messageId:"overdue",params:{id:action.id,due:action.due},clause:action.items?.[0],pointer:`${pointer}/due`,...gap.place(`${pointer}\
/due`)})}}}});var actionWithoutOwner;var init_action_without_owner=__esm({"src/rules/action-without-owner.ts"(){"use strict";actionWithoutOwner={id:"action-without-owner",severity:"\
minor",clauses:["10.2"],messages:["noOwner"],check(_sms,{gap,report}){if(!gap)return;for(const{value:action,pointer}of gap.actions)if(action.owner===void 0&&action.
status!=="done"&&action.status!=="cancelled")report({messageId:"noOwner",params:{id:action.id},clause:action.items?.[0],pointer,atKey:true,...gap.place(pointer,
true)})}}}});var daysInYear,maxTime,minTime,secondsInHour,secondsInDay,secondsInWeek,secondsInYear,secondsInMonth,secondsInQuarter,constructFromSymbol;var init_constants=__esm(
{"node_modules/date-fns/constants.js"(){daysInYear=365.2425;maxTime=Math.pow(10,8)*24*60*60*1e3;minTime=-maxTime;secondsInHour=3600;secondsInDay=secondsInHour*24;
secondsInWeek=secondsInDay*7;secondsInYear=secondsInDay*daysInYear;secondsInMonth=secondsInYear/12;secondsInQuarter=secondsInMonth*3;constructFromSymbol=Symbol.
for("constructDateFrom")}});function constructFrom(date3,value){if(typeof date3==="function")return date3(value);if(date3&&typeof date3==="object"&&constructFromSymbol in date3)return date3[constructFromSymbol](
value);if(date3 instanceof Date)return new date3.constructor(value);return new Date(value)}var init_constructFrom=__esm({"node_modules/date-fns/constructFrom.js"(){
init_constants()}});function toDate(argument,context){return constructFrom(context||argument,argument)}var init_toDate=__esm({"node_modules/date-fns/toDate.js"(){init_constructFrom()}});function addDays(date3,amount,options){const _date=toDate(date3,options?.in);if(isNaN(amount))return constructFrom(options?.in||date3,NaN);if(!amount)return _date;
_date.setDate(_date.getDate()+amount);return _date}var init_addDays=__esm({"node_modules/date-fns/addDays.js"(){init_constructFrom();init_toDate()}});function addMonths(date3,amount,options){const _date=toDate(date3,options?.in);if(isNaN(amount))return constructFrom(options?.in||date3,NaN);if(!amount){return _date}
const dayOfMonth=_date.getDate();const endOfDesiredMonth=constructFrom(options?.in||date3,_date.getTime());endOfDesiredMonth.setMonth(_date.getMonth()+amount+1,
0);const daysInMonth=endOfDesiredMonth.getDate();if(dayOfMonth>=daysInMonth){return endOfDesiredMonth}else{_date.setFullYear(endOfDesiredMonth.getFullYear(),endOfDesiredMonth.
getMonth(),dayOfMonth);return _date}}var init_addMonths=__esm({"node_modules/date-fns/addMonths.js"(){init_constructFrom();init_toDate()}});var init_add=__esm({"node_modules/date-fns/add.js"(){}});var init_isSaturday=__esm({"node_modules/date-fns/isSaturday.js"(){}});var init_isSunday=__esm({"node_modules/date-fns/isSunday.js"(){}});var init_isWeekend=__esm({"node_modules/date-fns/isWeekend.js"(){}});var init_addBusinessDays=__esm({"node_modules/date-fns/addBusinessDays.js"(){}});var init_addMilliseconds=__esm({"node_modules/date-fns/addMilliseconds.js"(){}});var init_addHours=__esm({"node_modules/date-fns/addHours.js"(){}});var init_startOfWeek=__esm({"node_modules/date-fns/startOfWeek.js"(){}});var init_startOfISOWeek=__esm({"node_modules/date-fns/startOfISOWeek.js"(){}});var init_getISOWeekYear=__esm({"node_modules/date-fns/getISOWeekYear.js"(){}});var init_startOfDay=__esm({"node_modules/date-fns/startOfDay.js"(){}});var init_differenceInCalendarDays=__esm({"node_modules/date-fns/differenceInCalendarDays.js"(){}});var init_startOfISOWeekYear=__esm({"node_modules/date-fns/startOfISOWeekYear.js"(){}});var init_setISOWeekYear=__esm({"node_modules/date-fns/setISOWeekYear.js"(){}});var init_addISOWeekYears=__esm({"node_modules/date-fns/addISOWeekYears.js"(){}});var init_addMinutes=__esm({"node_modules/date-fns/addMinutes.js"(){}});var init_addQuarters=__esm({"node_modules/date-fns/addQuarters.js"(){}});var init_addSeconds=__esm({"node_modules/date-fns/addSeconds.js"(){}});var init_addWeeks=__esm({"node_modules/date-fns/addWeeks.js"(){}});var init_addYears=__esm({"node_modules/date-fns/addYears.js"(){}});var init_areIntervalsOverlapping=__esm({"node_modules/date-fns/areIntervalsOverlapping.js"(){}});var init_max=__esm({"node_modules/date-fns/max.js"(){}});var init_min=__esm({"node_modules/date-fns/min.js"(){}});var init_clamp=__esm({"node_modules/date-fns/clamp.js"(){}});var init_closestIndexTo=__esm({"node_modules/date-fns/closestIndexTo.js"(){}});var init_closestTo=__esm({"node_modules/date-fns/closestTo.js"(){}});var init_compareAsc=__esm({"node_modules/date-fns/compareAsc.js"(){}});var init_compareDesc=__esm({"node_modules/date-fns/compareDesc.js"(){}});var init_constructNow=__esm({"node_modules/date-fns/constructNow.js"(){}});var init_daysToWeeks=__esm({"node_modules/date-fns/daysToWeeks.js"(){}});var init_isSameDay=__esm({"node_modules/date-fns/isSameDay.js"(){}});var init_isDate=__esm({"node_modules/date-fns/isDate.js"(){}});var init_isValid=__esm({"node_modules/date-fns/isValid.js"(){}});var init_differenceInBusinessDays=__esm({"node_modules/date-fns/differenceInBusinessDays.js"(){}});var init_differenceInCalendarISOWeekYears=__esm({"node_modules/date-fns/differenceInCalendarISOWeekYears.js"(){}});var init_differenceInCalendarISOWeeks=__esm({"node_modules/date-fns/differenceInCalendarISOWeeks.js"(){}});var init_differenceInCalendarMonths=__esm({"node_modules/date-fns/differenceInCalendarMonths.js"(){}});var init_getQuarter=__esm({"node_modules/date-fns/getQuarter.js"(){}});var init_differenceInCalendarQuarters=__esm({"node_modules/date-fns/differenceInCalendarQuarters.js"(){}});var init_differenceInCalendarWeeks=__esm({"node_modules/date-fns/differenceInCalendarWeeks.js"(){}});var init_differenceInCalendarYears=__esm({"node_modules/date-fns/differenceInCalendarYears.js"(){}});var init_differenceInDays=__esm({"node_modules/date-fns/differenceInDays.js"(){}});var init_differenceInHours=__esm({"node_modules/date-fns/differenceInHours.js"(){}});var init_subISOWeekYears=__esm({"node_modules/date-fns/subISOWeekYears.js"(){}});var init_differenceInISOWeekYears=__esm({"node_modules/date-fns/differenceInISOWeekYears.js"(){}});var init_differenceInMilliseconds=__esm({"node_modules/date-fns/differenceInMilliseconds.js"(){}});var init_differenceInMinutes=__esm({"node_modules/date-fns/differenceInMinutes.js"(){}});var init_endOfDay=__esm({"node_modules/date-fns/endOfDay.js"(){}});var init_endOfMonth=__esm({"node_modules/date-fns/endOfMonth.js"(){}});var init_isLastDayOfMonth=__esm({"node_modules/date-fns/isLastDayOfMonth.js"(){}});var init_differenceInMonths=__esm({"node_modules/date-fns/differenceInMonths.js"(){}});var init_differenceInQuarters=__esm({"node_modules/date-fns/differenceInQuarters.js"(){}});var init_differenceInSeconds=__esm({"node_modules/date-fns/differenceInSeconds.js"(){}});var init_differenceInWeeks=__esm({"node_modules/date-fns/differenceInWeeks.js"(){}});var init_differenceInYears=__esm({"node_modules/date-fns/differenceInYears.js"(){}});var init_eachDayOfInterval=__esm({"node_modules/date-fns/eachDayOfInterval.js"(){}});var init_eachHourOfInterval=__esm({"node_modules/date-fns/eachHourOfInterval.js"(){}});var init_eachMinuteOfInterval=__esm({"node_modules/date-fns/eachMinuteOfInterval.js"(){}});var init_eachMonthOfInterval=__esm({"node_modules/date-fns/eachMonthOfInterval.js"(){}});var init_startOfQuarter=__esm({"node_modules/date-fns/startOfQuarter.js"(){}});var init_eachQuarterOfInterval=__esm({"node_modules/date-fns/eachQuarterOfInterval.js"(){}});var init_eachWeekOfInterval=__esm({"node_modules/date-fns/eachWeekOfInterval.js"(){}});var init_eachWeekendOfInterval=__esm({"node_modules/date-fns/eachWeekendOfInterval.js"(){}});var init_startOfMonth=__esm({"node_modules/date-fns/startOfMonth.js"(){}});var init_eachWeekendOfMonth=__esm({"node_modules/date-fns/eachWeekendOfMonth.js"(){}});var init_endOfYear=__esm({"node_modules/date-fns/endOfYear.js"(){}});var init_startOfYear=__esm({"node_modules/date-fns/startOfYear.js"(){}});var init_eachWeekendOfYear=__esm({"node_modules/date-fns/eachWeekendOfYear.js"(){}});var init_eachYearOfInterval=__esm({"node_modules/date-fns/eachYearOfInterval.js"(){}});var init_endOfDecade=__esm({"node_modules/date-fns/endOfDecade.js"(){}});var init_endOfHour=__esm({"node_modules/date-fns/endOfHour.js"(){}});var init_endOfWeek=__esm({"node_modules/date-fns/endOfWeek.js"(){}});var init_endOfISOWeek=__esm({"node_modules/date-fns/endOfISOWeek.js"(){}});var init_endOfISOWeekYear=__esm({"node_modules/date-fns/endOfISOWeekYear.js"(){}});var init_endOfMinute=__esm({"node_modules/date-fns/endOfMinute.js"(){}});var init_endOfQuarter=__esm({"node_modules/date-fns/endOfQuarter.js"(){}});var init_endOfSecond=__esm({"node_modules/date-fns/endOfSecond.js"(){}});var init_endOfToday=__esm({"node_modules/date-fns/endOfToday.js"(){}});var init_endOfTomorrow=__esm({"node_modules/date-fns/endOfTomorrow.js"(){}});var init_endOfYesterday=__esm({"node_modules/date-fns/endOfYesterday.js"(){}});var init_getDayOfYear=__esm({"node_modules/date-fns/getDayOfYear.js"(){}});var init_getISOWeek=__esm({"node_modules/date-fns/getISOWeek.js"(){}});var init_getWeekYear=__esm({"node_modules/date-fns/getWeekYear.js"(){}});var init_startOfWeekYear=__esm({"node_modules/date-fns/startOfWeekYear.js"(){}});var init_getWeek=__esm({"node_modules/date-fns/getWeek.js"(){}});var init_format=__esm({"node_modules/date-fns/format.js"(){}});var init_formatDistance=__esm({"node_modules/date-fns/formatDistance.js"(){}});var init_formatDistanceStrict=__esm({"node_modules/date-fns/formatDistanceStrict.js"(){}});var init_formatDistanceToNow=__esm({"node_modules/date-fns/formatDistanceToNow.js"(){}});var init_formatDistanceToNowStrict=__esm({"node_modules/date-fns/formatDistanceToNowStrict.js"(){}});var init_formatDuration=__esm({"node_modules/date-fns/formatDuration.js"(){}});var init_formatISO=__esm({"node_modules/date-fns/formatISO.js"(){}});var init_formatISO9075=__esm({"node_modules/date-fns/formatISO9075.js"(){}});var init_formatISODuration=__esm({"node_modules/date-fns/formatISODuration.js"(){}});var init_formatRFC3339=__esm({"node_modules/date-fns/formatRFC3339.js"(){}});var init_formatRFC7231=__esm({"node_modules/date-fns/formatRFC7231.js"(){}});var init_formatRelative=__esm({"node_modules/date-fns/formatRelative.js"(){}});var init_fromUnixTime=__esm({"node_modules/date-fns/fromUnixTime.js"(){}});var init_getDate=__esm({"node_modules/date-fns/getDate.js"(){}});var init_getDay=__esm({"node_modules/date-fns/getDay.js"(){}});var init_getDaysInMonth=__esm({"node_modules/date-fns/getDaysInMonth.js"(){}});var init_isLeapYear=__esm({"node_modules/date-fns/isLeapYear.js"(){}});var init_getDaysInYear=__esm({"node_modules/date-fns/getDaysInYear.js"(){}});var init_getDecade=__esm({"node_modules/date-fns/getDecade.js"(){}});var init_getDefaultOptions=__esm({"node_modules/date-fns/getDefaultOptions.js"(){}});var init_getHours=__esm({"node_modules/date-fns/getHours.js"(){}});var init_getISODay=__esm({"node_modules/date-fns/getISODay.js"(){}});var init_getISOWeeksInYear=__esm({"node_modules/date-fns/getISOWeeksInYear.js"(){}});var init_getMilliseconds=__esm({"node_modules/date-fns/getMilliseconds.js"(){}});var init_getMinutes=__esm({"node_modules/date-fns/getMinutes.js"(){}});var init_getMonth=__esm({"node_modules/date-fns/getMonth.js"(){}});var init_getOverlappingDaysInIntervals=__esm({"node_modules/date-fns/getOverlappingDaysInIntervals.js"(){}});var init_getSeconds=__esm({"node_modules/date-fns/getSeconds.js"(){}});var init_getTime=__esm({"node_modules/date-fns/getTime.js"(){}});var init_getUnixTime=__esm({"node_modules/date-fns/getUnixTime.js"(){}});var init_getWeekOfMonth=__esm({"node_modules/date-fns/getWeekOfMonth.js"(){}});var init_lastDayOfMonth=__esm({"node_modules/date-fns/lastDayOfMonth.js"(){}});var init_getWeeksInMonth=__esm({"node_modules/date-fns/getWeeksInMonth.js"(){}});var init_getYear=__esm({"node_modules/date-fns/getYear.js"(){}});var init_hoursToMilliseconds=__esm({"node_modules/date-fns/hoursToMilliseconds.js"(){}});var init_hoursToMinutes=__esm({"node_modules/date-fns/hoursToMinutes.js"(){}});var init_hoursToSeconds=__esm({"node_modules/date-fns/hoursToSeconds.js"(){}});var init_interval=__esm({"node_modules/date-fns/interval.js"(){}});var init_intervalToDuration=__esm({"node_modules/date-fns/intervalToDuration.js"(){}});var init_intlFormat=__esm({"node_modules/date-fns/intlFormat.js"(){}});var init_intlFormatDistance=__esm({"node_modules/date-fns/intlFormatDistance.js"(){}});var init_isAfter=__esm({"node_modules/date-fns/isAfter.js"(){}});var init_isBefore=__esm({"node_modules/date-fns/isBefore.js"(){}});var init_isEqual=__esm({"node_modules/date-fns/isEqual.js"(){}});var init_isExists=__esm({"node_modules/date-fns/isExists.js"(){}});var init_isFirstDayOfMonth=__esm({"node_modules/date-fns/isFirstDayOfMonth.js"(){}});var init_isFriday=__esm({"node_modules/date-fns/isFriday.js"(){}});var init_isFuture=__esm({"node_modules/date-fns/isFuture.js"(){}});var init_transpose=__esm({"node_modules/date-fns/transpose.js"(){}});var init_setWeek=__esm({"node_modules/date-fns/setWeek.js"(){}});var init_setISOWeek=__esm({"node_modules/date-fns/setISOWeek.js"(){}});var init_setDay=__esm({"node_modules/date-fns/setDay.js"(){}});var init_setISODay=__esm({"node_modules/date-fns/setISODay.js"(){}});var init_parse=__esm({"node_modules/date-fns/parse.js"(){}});var init_isMatch=__esm({"node_modules/date-fns/isMatch.js"(){}});var init_isMonday=__esm({"node_modules/date-fns/isMonday.js"(){}});var init_isPast=__esm({"node_modules/date-fns/isPast.js"(){}});var init_startOfHour=__esm({"node_modules/date-fns/startOfHour.js"(){}});var init_isSameHour=__esm({"node_modules/date-fns/isSameHour.js"(){}});var init_isSameWeek=__esm({"node_modules/date-fns/isSameWeek.js"(){}});var init_isSameISOWeek=__esm({"node_modules/date-fns/isSameISOWeek.js"(){}});var init_isSameISOWeekYear=__esm({"node_modules/date-fns/isSameISOWeekYear.js"(){}});var init_startOfMinute=__esm({"node_modules/date-fns/startOfMinute.js"(){}});var init_isSameMinute=__esm({"node_modules/date-fns/isSameMinute.js"(){}});var init_isSameMonth=__esm({"node_modules/date-fns/isSameMonth.js"(){}});var init_isSameQuarter=__esm({"node_modules/date-fns/isSameQuarter.js"(){}});var init_startOfSecond=__esm({"node_modules/date-fns/startOfSecond.js"(){}});var init_isSameSecond=__esm({"node_modules/date-fns/isSameSecond.js"(){}});var init_isSameYear=__esm({"node_modules/date-fns/isSameYear.js"(){}});var init_isThisHour=__esm({"node_modules/date-fns/isThisHour.js"(){}});var init_isThisISOWeek=__esm({"node_modules/date-fns/isThisISOWeek.js"(){}});var init_isThisMinute=__esm({"node_modules/date-fns/isThisMinute.js"(){}});var init_isThisMonth=__esm({"node_modules/date-fns/isThisMonth.js"(){}});var init_isThisQuarter=__esm({"node_modules/date-fns/isThisQuarter.js"(){}});var init_isThisSecond=__esm({"node_modules/date-fns/isThisSecond.js"(){}});var init_isThisWeek=__esm({"node_modules/date-fns/isThisWeek.js"(){}});var init_isThisYear=__esm({"node_modules/date-fns/isThisYear.js"(){}});var init_isThursday=__esm({"node_modules/date-fns/isThursday.js"(){}});var init_isToday=__esm({"node_modules/date-fns/isToday.js"(){}});var init_isTomorrow=__esm({"node_modules/date-fns/isTomorrow.js"(){}});var init_isTuesday=__esm({"node_modules/date-fns/isTuesday.js"(){}});var init_isWednesday=__esm({"node_modules/date-fns/isWednesday.js"(){}});var init_isWithinInterval=__esm({"node_modules/date-fns/isWithinInterval.js"(){}});var init_subDays=__esm({"node_modules/date-fns/subDays.js"(){}});var init_isYesterday=__esm({"node_modules/date-fns/isYesterday.js"(){}});var init_lastDayOfDecade=__esm({"node_modules/date-fns/lastDayOfDecade.js"(){}});var init_lastDayOfWeek=__esm({"node_modules/date-fns/lastDayOfWeek.js"(){}});var init_lastDayOfISOWeek=__esm({"node_modules/date-fns/lastDayOfISOWeek.js"(){}});var init_lastDayOfISOWeekYear=__esm({"node_modules/date-fns/lastDayOfISOWeekYear.js"(){}});var init_lastDayOfQuarter=__esm({"node_modules/date-fns/lastDayOfQuarter.js"(){}});var init_lastDayOfYear=__esm({"node_modules/date-fns/lastDayOfYear.js"(){}});var init_lightFormat=__esm({"node_modules/date-fns/lightFormat.js"(){}});var init_milliseconds=__esm({"node_modules/date-fns/milliseconds.js"(){}});var init_millisecondsToHours=__esm({"node_modules/date-fns/millisecondsToHours.js"(){}});var init_millisecondsToMinutes=__esm({"node_modules/date-fns/millisecondsToMinutes.js"(){}});var init_millisecondsToSeconds=__esm({"node_modules/date-fns/millisecondsToSeconds.js"(){}});var init_minutesToHours=__esm({"node_modules/date-fns/minutesToHours.js"(){}});var init_minutesToMilliseconds=__esm({"node_modules/date-fns/minutesToMilliseconds.js"(){}});var init_minutesToSeconds=__esm({"node_modules/date-fns/minutesToSeconds.js"(){}});var init_monthsToQuarters=__esm({"node_modules/date-fns/monthsToQuarters.js"(){}});var init_monthsToYears=__esm({"node_modules/date-fns/monthsToYears.js"(){}});var init_nextDay=__esm({"node_modules/date-fns/nextDay.js"(){}});var init_nextFriday=__esm({"node_modules/date-fns/nextFriday.js"(){}});var init_nextMonday=__esm({"node_modules/date-fns/nextMonday.js"(){}});var init_nextSaturday=__esm({"node_modules/date-fns/nextSaturday.js"(){}});var init_nextSunday=__esm({"node_modules/date-fns/nextSunday.js"(){}});var init_nextThursday=__esm({"node_modules/date-fns/nextThursday.js"(){}});var init_nextTuesday=__esm({"node_modules/date-fns/nextTuesday.js"(){}});var init_nextWednesday=__esm({"node_modules/date-fns/nextWednesday.js"(){}});var init_parseISO=__esm({"node_modules/date-fns/parseISO.js"(){}});var init_parseJSON=__esm({"node_modules/date-fns/parseJSON.js"(){}});var init_previousDay=__esm({"node_modules/date-fns/previousDay.js"(){}});var init_previousFriday=__esm({"node_modules/date-fns/previousFriday.js"(){}});var init_previousMonday=__esm({"node_modules/date-fns/previousMonday.js"(){}});var init_previousSaturday=__esm({"node_modules/date-fns/previousSaturday.js"(){}});var init_previousSunday=__esm({"node_modules/date-fns/previousSunday.js"(){}});var init_previousThursday=__esm({"node_modules/date-fns/previousThursday.js"(){}});var init_previousTuesday=__esm({"node_modules/date-fns/previousTuesday.js"(){}});var init_previousWednesday=__esm({"node_modules/date-fns/previousWednesday.js"(){}});var init_quartersToMonths=__esm({"node_modules/date-fns/quartersToMonths.js"(){}});var init_quartersToYears=__esm({"node_modules/date-fns/quartersToYears.js"(){}});var init_roundToNearestHours=__esm({"node_modules/date-fns/roundToNearestHours.js"(){}});var init_roundToNearestMinutes=__esm({"node_modules/date-fns/roundToNearestMinutes.js"(){}});var init_secondsToHours=__esm({"node_modules/date-fns/secondsToHours.js"(){}});var init_secondsToMilliseconds=__esm({"node_modules/date-fns/secondsToMilliseconds.js"(){}});var init_secondsToMinutes=__esm({"node_modules/date-fns/secondsToMinutes.js"(){}});var init_setMonth=__esm({"node_modules/date-fns/setMonth.js"(){}});var init_set=__esm({"node_modules/date-fns/set.js"(){}});var init_setDate=__esm({"node_modules/date-fns/setDate.js"(){}});var init_setDayOfYear=__esm({"node_modules/date-fns/setDayOfYear.js"(){}});var init_setDefaultOptions=__esm({"node_modules/date-fns/setDefaultOptions.js"(){}});var init_setHours=__esm({"node_modules/date-fns/setHours.js"(){}});var init_setMilliseconds=__esm({"node_modules/date-fns/setMilliseconds.js"(){}});var init_setMinutes=__esm({"node_modules/date-fns/setMinutes.js"(){}});var init_setQuarter=__esm({"node_modules/date-fns/setQuarter.js"(){}});var init_setSeconds=__esm({"node_modules/date-fns/setSeconds.js"(){}});var init_setWeekYear=__esm({"node_modules/date-fns/setWeekYear.js"(){}});var init_setYear=__esm({"node_modules/date-fns/setYear.js"(){}});var init_startOfDecade=__esm({"node_modules/date-fns/startOfDecade.js"(){}});var init_startOfToday=__esm({"node_modules/date-fns/startOfToday.js"(){}});var init_startOfTomorrow=__esm({"node_modules/date-fns/startOfTomorrow.js"(){}});var init_startOfYesterday=__esm({"node_modules/date-fns/startOfYesterday.js"(){}});var init_subMonths=__esm({"node_modules/date-fns/subMonths.js"(){}});var init_sub=__esm({"node_modules/date-fns/sub.js"(){}});var init_subBusinessDays=__esm({"node_modules/date-fns/subBusinessDays.js"(){}});var init_subHours=__esm({"node_modules/date-fns/subHours.js"(){}});var init_subMilliseconds=__esm({"node_modules/date-fns/subMilliseconds.js"(){}});var init_subMinutes=__esm({"node_modules/date-fns/subMinutes.js"(){}});var init_subQuarters=__esm({"node_modules/date-fns/subQuarters.js"(){}});var init_subSeconds=__esm({"node_modules/date-fns/subSeconds.js"(){}});var init_subWeeks=__esm({"node_modules/date-fns/subWeeks.js"(){}});var init_subYears=__esm({"node_modules/date-fns/subYears.js"(){}});var init_weeksToDays=__esm({"node_modules/date-fns/weeksToDays.js"(){}});var init_yearsToDays=__esm({"node_modules/date-fns/yearsToDays.js"(){}});var init_yearsToMonths=__esm({"node_modules/date-fns/yearsToMonths.js"(){}});var init_yearsToQuarters=__esm({"node_modules/date-fns/yearsToQuarters.js"(){}});var init_date_fns=__esm({"node_modules/date-fns/index.js"(){init_add();init_addBusinessDays();init_addDays();init_addHours();init_addISOWeekYears();init_addMilliseconds();
init_addMinutes();init_addMonths();init_addQuarters();init_addSeconds();init_addWeeks();init_addYears();init_areIntervalsOverlapping();init_clamp();init_closestIndexTo();
init_closestTo();init_compareAsc();init_compareDesc();init_constructFrom();init_constructNow();init_daysToWeeks();init_differenceInBusinessDays();init_differenceInCalendarDays();
init_differenceInCalendarISOWeekYears();init_differenceInCalendarISOWeeks();init_differenceInCalendarMonths();init_differenceInCalendarQuarters();init_differenceInCalendarWeeks();
init_differenceInCalendarYears();init_differenceInDays();init_differenceInHours();init_differenceInISOWeekYears();init_differenceInMilliseconds();init_differenceInMinutes();
init_differenceInMonths();init_differenceInQuarters();init_differenceInSeconds();init_differenceInWeeks();init_differenceInYears();init_eachDayOfInterval();init_eachHourOfInterval();
init_eachMinuteOfInterval();init_eachMonthOfInterval();init_eachQuarterOfInterval();init_eachWeekOfInterval();init_eachWeekendOfInterval();init_eachWeekendOfMonth();
init_eachWeekendOfYear();init_eachYearOfInterval();init_endOfDay();init_endOfDecade();init_endOfHour();init_endOfISOWeek();init_endOfISOWeekYear();init_endOfMinute();
init_endOfMonth();init_endOfQuarter();init_endOfSecond();init_endOfToday();init_endOfTomorrow();init_endOfWeek();init_endOfYear();init_endOfYesterday();init_format();
init_formatDistance();init_formatDistanceStrict();init_formatDistanceToNow();init_formatDistanceToNowStrict();init_formatDuration();init_formatISO();init_formatISO9075();
init_formatISODuration();init_formatRFC3339();init_formatRFC7231();init_formatRelative();init_fromUnixTime();init_getDate();init_getDay();init_getDayOfYear();init_getDaysInMonth();
init_getDaysInYear();init_getDecade();init_getDefaultOptions();init_getHours();init_getISODay();init_getISOWeek();init_getISOWeekYear();init_getISOWeeksInYear();
init_getMilliseconds();init_getMinutes();init_getMonth();init_getOverlappingDaysInIntervals();init_getQuarter();init_getSeconds();init_getTime();init_getUnixTime();
init_getWeek();init_getWeekOfMonth();init_getWeekYear();init_getWeeksInMonth();init_getYear();init_hoursToMilliseconds();init_hoursToMinutes();init_hoursToSeconds();
init_interval();init_intervalToDuration();init_intlFormat();init_intlFormatDistance();init_isAfter();init_isBefore();init_isDate();init_isEqual();init_isExists();
init_isFirstDayOfMonth();init_isFriday();init_isFuture();init_isLastDayOfMonth();init_isLeapYear();init_isMatch();init_isMonday();init_isPast();init_isSameDay();
init_isSameHour();init_isSameISOWeek();init_isSameISOWeekYear();init_isSameMinute();init_isSameMonth();init_isSameQuarter();init_isSameSecond();init_isSameWeek();
init_isSameYear();init_isSaturday();init_isSunday();init_isThisHour();init_isThisISOWeek();init_isThisMinute();init_isThisMonth();init_isThisQuarter();init_isThisSecond();
init_isThisWeek();init_isThisYear();init_isThursday();init_isToday();init_isTomorrow();init_isTuesday();init_isValid();init_isWednesday();init_isWeekend();init_isWithinInterval();
init_isYesterday();init_lastDayOfDecade();init_lastDayOfISOWeek();init_lastDayOfISOWeekYear();init_lastDayOfMonth();init_lastDayOfQuarter();init_lastDayOfWeek();
init_lastDayOfYear();init_lightFormat();init_max();init_milliseconds();init_millisecondsToHours();init_millisecondsToMinutes();init_millisecondsToSeconds();init_min();
init_minutesToHours();init_minutesToMilliseconds();init_minutesToSeconds();init_monthsToQuarters();init_monthsToYears();init_nextDay();init_nextFriday();init_nextMonday();
init_nextSaturday();init_nextSunday();init_nextThursday();init_nextTuesday();init_nextWednesday();init_parse();init_parseISO();init_parseJSON();init_previousDay();
init_previousFriday();init_previousMonday();init_previousSaturday();init_previousSunday();init_previousThursday();init_previousTuesday();init_previousWednesday();
init_quartersToMonths();init_quartersToYears();init_roundToNearestHours();init_roundToNearestMinutes();init_secondsToHours();init_secondsToMilliseconds();init_secondsToMinutes();
init_set();init_setDate();init_setDay();init_setDayOfYear();init_setDefaultOptions();init_setHours();init_setISODay();init_setISOWeek();init_setISOWeekYear();init_setMilliseconds();
init_setMinutes();init_setMonth();init_setQuarter();init_setSeconds();init_setWeek();init_setWeekYear();init_setYear();init_startOfDay();init_startOfDecade();init_startOfHour();
init_startOfISOWeek();init_startOfISOWeekYear();init_startOfMinute();init_startOfMonth();init_startOfQuarter();init_startOfSecond();init_startOfToday();init_startOfTomorrow();
init_startOfWeek();init_startOfWeekYear();init_startOfYear();init_startOfYesterday();init_sub();init_subBusinessDays();init_subDays();init_subHours();init_subISOWeekYears();
init_subMilliseconds();init_subMinutes();init_subMonths();init_subQuarters();init_subSeconds();init_subWeeks();init_subYears();init_toDate();init_transpose();init_weeksToDays();
init_yearsToDays();init_yearsToMonths();init_yearsToQuarters()}});function toDate2(day){const[year,month,date3]=day.split("-").map(Number);return new Date(year,month-1,date3)}function toDay(date3){const pad=(n,width=2)=>String(
n).padStart(width,"0");return`${pad(date3.getFullYear(),4)}-${pad(date3.getMonth()+1)}-${pad(date3.getDate())}`}function addMonths2(day,months){return toDay(addMonths(
toDate2(day),months))}function addDays2(day,days){return toDay(addDays(toDate2(day),days))}function daysBetween(from,to){return(utcMidnight(to)-utcMidnight(from))/
DAY_MS}function utcMidnight(day){const[year,month,date3]=day.split("-").map(Number);const midnight=new Date(0);midnight.setUTCFullYear(year,month-1,date3);return midnight.
getTime()}var DAY_MS;var init_dates=__esm({"src/engine/dates.ts"(){"use strict";init_date_fns();DAY_MS=864e5}});function entries(list2,pointer){return(list2??[]).map((value,index)=>({value,pointer:`${pointer}/${index}`}))}function groupBySatisfied(list2){const groups=new Map;
for(const entry of list2)for(const id of entry.value.satisfies){const group=groups.get(id);if(group)group.push(entry);else groups.set(id,[entry])}return groups}
function byDate(list2){return[...list2].sort((a,b)=>a.value.date<b.value.date?-1:a.value.date>b.value.date?1:0)}var SmsIndex;var init_sms_index=__esm({"src/engi\
ne/sms-index.ts"(){"use strict";SmsIndex=class{constructor(description){this.description=description;this.documents=entries(description.documents,"/documents");
this.registers=entries(description.records?.registers,"/records/registers");this.internalAudits=entries(description.records?.internalAudits,"/records/internalAu\
dits");this.managementReviews=entries(description.records?.managementReviews,"/records/managementReviews");this.documentsByRequirement=groupBySatisfied(this.documents);
this.registersByRequirement=groupBySatisfied(this.registers);this.documentIds=new Set(this.documents.map(d=>d.value.id))}description;documents;registers;internalAudits;managementReviews;documentsByRequirement;registersByRequirement;documentIds;references;get organization(){
return this.description.organization}get scope(){return this.description.scope}get operation(){return this.description.sms}documentsFor(requirementId){return this.
documentsByRequirement.get(requirementId)??[]}registersFor(requirementId){return this.registersByRequirement.get(requirementId)??[]}hasDocument(id){return this.
documentIds.has(id)}completedAudits(asOf){return byDate(this.internalAudits.filter(a=>a.value.status==="completed"&&a.value.date<=asOf))}completedReviews(asOf){
return byDate(this.managementReviews.filter(r=>r.value.status==="completed"&&r.value.date<=asOf))}servicesNotCoveredBy(requirementId,inForce){const claims=this.
documentsFor(requirementId);if(claims.length===0)return[];const effective=claims.filter(d=>inForce(d.value));if(effective.some(d=>d.value.services===void 0))return[];
const covered=new Set(effective.flatMap(d=>d.value.services??[]));return entries(this.scope.services,"/scope/services").filter(s=>!covered.has(s.value.id))}hasInternalSuppliers(){
return(this.scope.otherParties??[]).some(p=>p.kind!=="external-supplier")}hasExternalSuppliers(){return(this.scope.otherParties??[]).some(p=>p.kind==="external-\
supplier")}evidenceReferences(){this.references??=this.collectEvidenceReferences();return this.references}collectEvidenceReferences(){const{description}=this;const refs=[];
const add=(path2,pointer,sha2562)=>{if(path2!==void 0)refs.push({path:path2,pointer,sha256:sha2562})};add(description.organization.legalEntity?.evidence,"/organ\
ization/legalEntity/evidence");entries(description.organization.penalties,"/organization/penalties").forEach(p=>add(p.value.evidence,`${p.pointer}/evidence`));this.
documents.forEach(d=>add(d.value.evidence,`${d.pointer}/evidence`,d.value.sha256));this.internalAudits.forEach(a=>add(a.value.evidence,`${a.pointer}/evidence`));
this.managementReviews.forEach(r=>add(r.value.evidence,`${r.pointer}/evidence`));entries(description.records?.nonconformities,"/records/nonconformities").forEach(
n=>add(n.value.evidence,`${n.pointer}/evidence`));this.registers.forEach(r=>add(r.value.evidence,`${r.pointer}/evidence`));for(const[key,path2]of Object.entries(
description.application??{}))add(path2,`/application/${key}`);return refs}}}});var administrativePenaltyRecent;var init_administrative_penalty_recent=__esm({"src/rules/administrative-penalty-recent.ts"(){"use strict";init_dates();init_sms_index();
administrativePenaltyRecent={id:"administrative-penalty-recent",severity:"major",clauses:[],blocking:true,messages:["beforeEstablished","duringOperation"],check(sms,{
asOf,operation:operation2,report}){const windowStart=addMonths2(operation2.startDate,-12);for(const{value:penalty,pointer}of entries(sms.organization.penalties,
"/organization/penalties")){if(penalty.date<windowStart||penalty.date>asOf)continue;report({messageId:penalty.date<operation2.startDate?"beforeEstablished":"dur\
ingOperation",params:{date:penalty.date,authority:penalty.authority,start:operation2.startDate,windowStart},pointer:`${pointer}/date`})}}}}});function gapName(gap,catalog2,t,lang){switch(gap.kind){case"field":return t(`dossier.gap.${gap.pointer.split("/").at(-1)}`);case"requirement":return catalog2.requirement(
gap.id)?.title[lang]??gap.id;case"process":return t("dossier.gap.process",{process:catalog2.legacyProcesses().find(p=>p.id===gap.id)?.title[lang]??gap.id});default:
return t(`dossier.gap.${gap.kind}`)}}var JUDGED_ELSEWHERE,applicationDossierIncomplete;var init_application_dossier_incomplete=__esm({"src/rules/application-dos\
sier-incomplete.ts"(){"use strict";init_translate();JUDGED_ELSEWHERE=new Set(["legal-entity-documents","organization-code","audit-and-review-evidence"]);applicationDossierIncomplete=
{id:"application-dossier-incomplete",severity:"major",clauses:[],blocking:true,messages:["incomplete"],check(sms,{catalog:catalog2,dossier,report}){for(const{item,
state,gaps}of dossier){if(state==="provided"||state==="generated"||JUDGED_ELSEWHERE.has(item.id))continue;report({messageId:"incomplete",params:{number:item.number,
item:item.title,gaps:localized((t,lang)=>gaps.map(gap=>gapName(gap,catalog2,t,lang)).join(t("list.separator")))},pointer:sms.description.application?"/applicati\
on":"",atKey:true})}}}}});var assessedNonconformity;var init_assessed_nonconformity=__esm({"src/rules/assessed-nonconformity.ts"(){"use strict";init_conformity_grade();init_translate();assessedNonconformity=
{id:"assessed-nonconformity",severity:"major",clauses:["4","5","6","7","8","9","10"],messages:["rated","ratedWithNote"],check(_sms,{gap,report}){if(!gap)return;
for(const{value:item,pointer}of gap.items){const severity2=GRADE_OF_RATING[item.status];if(!severity2)continue;const status=localized(t=>t(`conformity.${item.status}`));
const params={clause:item.clause,status,assessor:item.assessor??gap.assessor,date:item.date??gap.date,note:item.note??""};report({messageId:item.note?"ratedWith\
Note":"rated",params,clause:item.clause,severity:severity2,pointer:`${pointer}/status`,...gap.place(`${pointer}/status`)})}}}}});var assessmentEvidenceUnknown;var init_assessment_evidence_unknown=__esm({"src/rules/assessment-evidence-unknown.ts"(){"use strict";assessmentEvidenceUnknown={id:"\
assessment-evidence-unknown",severity:"minor",clauses:["4","5","6","7","8","9","10"],messages:["document","record","file"],check(sms,{gap,report}){if(!gap)return;
const records2=new Set([...sms.registers,...sms.internalAudits,...sms.managementReviews].map(entry=>entry.value.id));for(const nonconformity of sms.description.
records?.nonconformities??[])records2.add(nonconformity.id);for(const{value:item,pointer}of gap.items)(item.evidence??[]).forEach((evidence,index)=>{const at=`${pointer}\
/evidence/${index}`;if("document"in evidence&&!sms.hasDocument(evidence.document))report({messageId:"document",params:{id:evidence.document,clause:item.clause},
clause:item.clause,pointer:at,...gap.place(at)});if("record"in evidence&&!records2.has(evidence.record))report({messageId:"record",params:{id:evidence.record,clause:item.
clause},clause:item.clause,pointer:at,...gap.place(at)});if("file"in evidence&&gap.files.get(evidence.file)?.state!=="ok")report({messageId:"file",params:{file:evidence.
file,clause:item.clause},clause:item.clause,pointer:`${at}/file`,...gap.place(`${at}/file`)})})}}}});var assessmentIncomplete;var init_assessment_incomplete=__esm({"src/rules/assessment-incomplete.ts"(){"use strict";init_translate();assessmentIncomplete={id:"as\
sessment-incomplete",severity:"observation",clauses:["4","5","6","7","8","9","10"],messages:["notAssessed"],check(_sms,{gap,catalog:catalog2,report}){if(!gap)return;
const open=catalog2.assessmentItems().filter(item=>gap.statusOf(item.clause)==="not-assessed");if(open.length===0)return;const clauses=localized(t=>open.map(item=>item.
clause).join(t("list.separator")));const params={count:open.length,total:catalog2.assessmentItems().length,clauses};report({messageId:"notAssessed",params,clause:open[0].
clause,pointer:"/items",atKey:true,...gap.place("/items",true)})}}}});var assessmentUnsupported;var init_assessment_unsupported=__esm({"src/rules/assessment-unsupported.ts"(){"use strict";assessmentUnsupported={id:"assessment-unsu\
pported",severity:"minor",clauses:["4","5","6","7","8","9","10"],messages:["noEvidence"],check(_sms,{gap,report}){if(!gap)return;for(const{value:item,pointer}of gap.
items)if(item.status==="conforming"&&(item.evidence??[]).length===0)report({messageId:"noEvidence",params:{clause:item.clause},clause:item.clause,pointer:`${pointer}\
/status`,...gap.place(`${pointer}/status`)})}}}});var climateChangeNotConsidered;var init_climate_change_not_considered=__esm({"src/rules/climate-change-not-considered.ts"(){"use strict";climateChangeNotConsidered=
{id:"climate-change-not-considered",severity:"observation",clauses:["4.1"],messages:["missing"],check(sms,{report}){if(sms.description.context?.climateChange!==
void 0)return;report({messageId:"missing",requirementId:"context-issues",pointer:sms.description.context?"/context":"",atKey:true})}}}});function missingControlFields(document){const missing=[];if(document.owner===void 0)missing.push("owner");if(document.version===void 0)missing.push("version");if(document.
status===void 0)missing.push("status");if(document.status==="approved"&&document.approvalDate===void 0)missing.push("approvalDate");if(document.status==="approv\
ed"&&document.nextReviewDate===void 0)missing.push("nextReviewDate");return missing}var documentControlIncomplete;var init_document_control_incomplete=__esm({"s\
rc/rules/document-control-incomplete.ts"(){"use strict";init_translate();documentControlIncomplete={id:"document-control-incomplete",severity:"minor",clauses:["\
7.5.3"],messages:["fields"],check(sms,{report}){for(const{value:document,pointer}of sms.documents){if(document.status==="retired")continue;const missing=missingControlFields(
document);if(missing.length===0)continue;report({messageId:"fields",params:{document:document.id,fields:localized(t=>missing.map(field=>t(`field.${field}`)).join(
t("list.separator")))},requirementId:document.satisfies[0],pointer})}}}}});var DUE_SOON_DAYS,documentReviewDueSoon;var init_document_review_due_soon=__esm({"src/rules/document-review-due-soon.ts"(){"use strict";init_dates();DUE_SOON_DAYS=
30;documentReviewDueSoon={id:"document-review-due-soon",severity:"observation",clauses:["7.5.3"],messages:["dueSoon"],check(sms,{asOf,report}){const horizon=addDays2(
asOf,DUE_SOON_DAYS);for(const{value:document,pointer}of sms.documents){const due=document.nextReviewDate;if(document.status!=="approved"||due===void 0||due<asOf||
due>horizon)continue;report({messageId:"dueSoon",params:{document:document.id,due,days:daysBetween(asOf,due)},requirementId:document.satisfies[0],pointer:`${pointer}\
/nextReviewDate`})}}}}});var documentReviewOverdue;var init_document_review_overdue=__esm({"src/rules/document-review-overdue.ts"(){"use strict";init_dates();documentReviewOverdue={id:"\
document-review-overdue",severity:"minor",clauses:["7.5.3"],messages:["overdue"],check(sms,{asOf,report}){for(const{value:document,pointer}of sms.documents){const due=document.
nextReviewDate;if(document.status!=="approved"||due===void 0||due>=asOf)continue;report({messageId:"overdue",params:{document:document.id,due,days:daysBetween(due,
asOf)},requirementId:document.satisfies[0],pointer:`${pointer}/nextReviewDate`})}}}}});var duplicateId;var init_duplicate_id=__esm({"src/rules/duplicate-id.ts"(){"use strict";duplicateId={id:"duplicate-id",severity:"minor",clauses:["7.5.2"],messages:[
"duplicate"],check(sms,{report}){const first=new Map;for(const{value,pointer}of[...sms.documents,...sms.registers]){const earlier=first.get(value.id);if(earlier===
void 0)first.set(value.id,value.title);else report({messageId:"duplicate",params:{id:value.id,title:value.title,first:earlier},pointer:`${pointer}/id`})}}}}});var evidenceHashMismatch;var init_evidence_hash_mismatch=__esm({"src/rules/evidence-hash-mismatch.ts"(){"use strict";evidenceHashMismatch={id:"evidence-hash-mis\
match",severity:"minor",clauses:["7.5.3"],messages:["mismatch"],check(sms,{evidence,report}){for(const{value:document,pointer}of sms.documents){const fact=document.
evidence===void 0?void 0:evidence.get(document.evidence);if(document.sha256===void 0||fact?.state!=="ok"||fact.sha256===void 0||fact.sha256===document.sha256)continue;
report({messageId:"mismatch",params:{document:document.id,path:document.evidence??"",recorded:document.sha256,actual:fact.sha256},requirementId:document.satisfies[0],
pointer:`${pointer}/sha256`})}}}}});function sha256OfDescriptor(fd,maxBytes){const hash=process.getBuiltinModule("node:crypto").createHash("sha256");const buffer=Buffer.allocUnsafe(CHUNK_BYTES);let total=0;
for(;;){const read2=(0,import_node_fs5.readSync)(fd,buffer,0,CHUNK_BYTES,null);if(read2===0)return hash.digest("hex");total+=read2;if(total>maxBytes)return void 0;
hash.update(buffer.subarray(0,read2))}}var import_node_fs5,MAX_HASH_BYTES,CHUNK_BYTES;var init_hash_file=__esm({"src/io/hash-file.ts"(){"use strict";import_node_fs5=
require("node:fs");MAX_HASH_BYTES=256*1024*1024;CHUNK_BYTES=1024*1024}});var evidenceHashUnchecked;var init_evidence_hash_unchecked=__esm({"src/rules/evidence-hash-unchecked.ts"(){"use strict";init_hash_file();evidenceHashUnchecked={
id:"evidence-hash-unchecked",severity:"observation",clauses:["7.5.3"],messages:["tooLarge"],check(sms,{evidence,report}){for(const{value:document,pointer}of sms.
documents){const fact=document.evidence===void 0?void 0:evidence.get(document.evidence);if(document.sha256===void 0||fact?.state!=="ok"||!fact.tooLargeToHash)continue;
report({messageId:"tooLarge",params:{document:document.id,path:document.evidence??"",limit:MAX_HASH_BYTES/(1024*1024)},requirementId:document.satisfies[0],pointer:`${pointer}\
/sha256`})}}}}});function evidenceGrade(pointer,sms,catalog2,requirements){const match=/^\/(documents|records\/registers|records\/nonconformities|organization\/penalties)\/(\d+)\/evidence$/.
exec(pointer);if(!match)return void 0;const[,list2,position]=match;if(list2==="records/nonconformities")return"minor";if(list2==="organization/penalties")return"\
observation";const entry=(list2==="documents"?sms.documents:sms.registers)[Number(position)];const supported=(entry?.value.satisfies??[]).flatMap(id=>catalog2.requirement(
id)??[]).filter(r=>r.mandatory);const applicable=supported.filter(r=>requirements.get(r.id)?.state!=="not-applicable");if(applicable.length===0)return"observati\
on";return applicable.some(r=>requirements.get(r.id)?.state!=="satisfied")?"major":"minor"}var init_evidence_grade=__esm({"src/engine/evidence-grade.ts"(){"use \
strict"}});var evidenceMissing;var init_evidence_missing=__esm({"src/rules/evidence-missing.ts"(){"use strict";init_evidence_grade();evidenceMissing={id:"evidence-missing",
severity:"major",clauses:["7.5.3"],messages:["missing","not-a-file","unreadable","invalid"],check(sms,{catalog:catalog2,evidence,requirements,report}){for(const reference of sms.
evidenceReferences()){const state=evidence.get(reference.path)?.state??"missing";if(state==="ok"||state==="outside-root")continue;const severity2=evidenceGrade(
reference.pointer,sms,catalog2,requirements);if(severity2!==void 0)report({messageId:state,params:{path:reference.path},pointer:reference.pointer,severity:severity2})}}}}});var evidenceNotGiven;var init_evidence_not_given=__esm({"src/rules/evidence-not-given.ts"(){"use strict";evidenceNotGiven={id:"evidence-not-given",severity:"min\
or",clauses:["7.5.3"],messages:["document"],check(sms,{report}){for(const{value:document,pointer}of sms.documents){if(document.status!=="approved"||document.evidence!==
void 0)continue;report({messageId:"document",params:{id:document.id},requirementId:document.satisfies[0],pointer})}}}}});var evidenceOutsideRoot;var init_evidence_outside_root=__esm({"src/rules/evidence-outside-root.ts"(){"use strict";init_evidence_grade();evidenceOutsideRoot={id:"\
evidence-outside-root",severity:"major",clauses:["7.5.3"],messages:["outside"],check(sms,{catalog:catalog2,evidence,requirements,report}){for(const reference of sms.
evidenceReferences()){if(evidence.get(reference.path)?.state!=="outside-root")continue;const severity2=evidenceGrade(reference.pointer,sms,catalog2,requirements)??
"major";report({messageId:"outside",params:{path:reference.path},pointer:reference.pointer,severity:severity2})}}}}});var exclusionNotPermitted;var init_exclusion_not_permitted=__esm({"src/rules/exclusion-not-permitted.ts"(){"use strict";init_sms_index();exclusionNotPermitted={
id:"exclusion-not-permitted",severity:"major",clauses:["4.3"],messages:["requirement","clause"],check(sms,{catalog:catalog2,report}){for(const{value:exclusion,pointer}of entries(
sms.scope.exclusions,"/scope/exclusions")){const requirement=exclusion.requirement===void 0?void 0:catalog2.requirement(exclusion.requirement);const clause=exclusion.
clause??requirement?.clauses[0];report({messageId:requirement?"requirement":"clause",params:{requirement:requirement?.title??"",clause:clause??""},clause,requirementId:requirement?.
id,pointer})}}}}});function auditableUnits(clauseIds){return clauseIds.filter(id=>!id.includes(".")&&id!=="8"||/^8\.\d+$/.test(id))}var internalAuditCoverage;var init_internal_audit_coverage=__esm(
{"src/rules/internal-audit-coverage.ts"(){"use strict";init_dates();init_translate();internalAuditCoverage={id:"internal-audit-coverage",severity:"major",clauses:[
"9.2"],messages:["uncovered"],check(sms,{catalog:catalog2,asOf,report}){const since=addMonths2(asOf,-12);const audits=sms.completedAudits(asOf).filter(a=>a.value.
date>=since);if(audits.length===0)return;const covered=audits.flatMap(a=>a.value.clauses);const touches=unit=>covered.some(c=>catalog2.isWithin(c,unit)||catalog2.
isWithin(unit,c));const uncovered=auditableUnits(catalog2.clauses().map(c=>c.id)).filter(unit=>!touches(unit));if(uncovered.length===0)return;const latest=audits[audits.
length-1];report({messageId:"uncovered",params:{clauses:localized(t=>uncovered.join(t("list.separator"))),count:audits.length},requirementId:"internal-audit-res\
ults",pointer:`${latest.pointer}/clauses`})}}}});function nextPlanned(list2,asOf,notBefore){return list2.filter(e=>e.value.date>asOf&&e.value.date>=notBefore).sort((a,b)=>a.value.date<b.value.date?-1:a.value.date>
b.value.date?1:0)[0]}function notYetHeld(entry){return entry.value.status==="completed"?"completedLater":"planned"}var init_planned=__esm({"src/engine/planned.t\
s"(){"use strict"}});var internalAuditMissing;var init_internal_audit_missing=__esm({"src/rules/internal-audit-missing.ts"(){"use strict";init_planned();internalAuditMissing={id:"in\
ternal-audit-missing",severity:"major",clauses:[],blocking:true,messages:["none","planned","completedLater","notHeld","beforeStart","noReport"],check(sms,{asOf,
operation:operation2,report}){if(operation2.audits.length>0)return;const where={requirementId:"internal-audit-results"};const held=sms.completedAudits(asOf);const unreported=held.
filter(a=>a.value.date>=operation2.start).at(-1);if(unreported){const path2=unreported.value.evidence;const params={id:unreported.value.id,date:unreported.value.
date,path:path2??""};report({...where,messageId:"noReport",params,pointer:path2===void 0?unreported.pointer:`${unreported.pointer}/evidence`});return}const early=held.
at(-1);if(early){report({...where,messageId:"beforeStart",params:{id:early.value.id,date:early.value.date,start:operation2.start},pointer:`${early.pointer}/date`});
return}const planned=nextPlanned(sms.internalAudits,asOf,operation2.start);if(planned){const params={id:planned.value.id,date:planned.value.date};report({...where,
messageId:notYetHeld(planned),params,pointer:`${planned.pointer}/date`,blockingUntil:planned.value.date});return}const listed=sms.internalAudits.length>0;report(
{...where,messageId:listed?"notHeld":"none",pointer:listed?"/records/internalAudits":"/records",atKey:true})}}}});var internalAuditStale;var init_internal_audit_stale=__esm({"src/rules/internal-audit-stale.ts"(){"use strict";init_dates();internalAuditStale={id:"internal-aud\
it-stale",severity:"minor",clauses:["9.2"],messages:["stale"],check(sms,{asOf,report}){const audits=sms.completedAudits(asOf);const latest=audits[audits.length-
1];if(!latest||latest.value.date>=addMonths2(asOf,-12))return;report({messageId:"stale",params:{id:latest.value.id,date:latest.value.date},requirementId:"intern\
al-audit-results",pointer:`${latest.pointer}/date`})}}}});function fileExists(evidence,path2){return path2!==void 0&&evidence.get(path2)?.state==="ok"}var init_evidence=__esm({"src/engine/evidence.ts"(){"use strict"}});var legalEntityEvidenceMissing;var init_legal_entity_evidence_missing=__esm({"src/rules/legal-entity-evidence-missing.ts"(){"use strict";init_evidence();init_translate();
legalEntityEvidenceMissing={id:"legal-entity-evidence-missing",severity:"major",clauses:[],blocking:true,messages:["noEntity","fields","fileMissing"],check(sms,{
evidence,report}){const entity=sms.organization.legalEntity;if(!entity){report({messageId:"noEntity",pointer:"/organization",atKey:true});return}const missing=[
entity.registrationId===void 0&&"registrationId",entity.evidence===void 0&&"evidence"].filter(f=>f!==false);const fields=localized(t=>missing.map(field=>t(`doss\
ier.gap.${field}`)).join(t("list.separator")));if(missing.length>0)report({messageId:"fields",params:{fields},pointer:"/organization/legalEntity",atKey:true});else if(!fileExists(
evidence,entity.evidence))report({messageId:"fileMissing",params:{path:entity.evidence},pointer:"/organization/legalEntity/evidence"})}}}});var managementReviewMissing;var init_management_review_missing=__esm({"src/rules/management-review-missing.ts"(){"use strict";init_planned();managementReviewMissing=
{id:"management-review-missing",severity:"major",clauses:[],blocking:true,messages:["none","planned","completedLater","plannedBeforeAudit","notHeld","beforeStar\
t","noMinutes","beforeAudit","beforeAuditPlanned"],check(sms,{asOf,operation:operation2,report}){if(operation2.reviews.length>0)return;const where={requirementId:"\
management-review-results"};const{firstAuditHeld}=operation2;const held=sms.completedReviews(asOf).filter(r=>r.value.date>=operation2.start);const afterAudit=firstAuditHeld===
void 0?void 0:held.filter(r=>r.value.date>=firstAuditHeld).at(-1);if(afterAudit){const path2=afterAudit.value.evidence;const params={id:afterAudit.value.id,date:afterAudit.
value.date,path:path2??""};report({...where,messageId:"noMinutes",params,pointer:path2===void 0?afterAudit.pointer:`${afterAudit.pointer}/evidence`});return}const auditDate=firstAuditHeld??
nextPlanned(sms.internalAudits,asOf,operation2.start)?.value.date;const planned=nextPlanned(sms.managementReviews,asOf,auditDate??operation2.start);const plannedParams=planned?
{planned:planned.value.id,plannedDate:planned.value.date}:{};const timeBound=planned?{blockingUntil:planned.value.date}:{};const beforeAudit=held.at(-1);if(beforeAudit){
const params={id:beforeAudit.value.id,date:beforeAudit.value.date,...plannedParams};report({...where,messageId:planned?"beforeAuditPlanned":"beforeAudit",params,
pointer:`${beforeAudit.pointer}/date`,...timeBound});return}if(planned){const params={id:planned.value.id,date:planned.value.date};report({...where,messageId:notYetHeld(
planned),params,pointer:`${planned.pointer}/date`,...timeBound});return}const early=sms.completedReviews(asOf).at(-1);if(early){report({...where,messageId:"befo\
reStart",params:{id:early.value.id,date:early.value.date,start:operation2.start},pointer:`${early.pointer}/date`});return}const misplanned=nextPlanned(sms.managementReviews,
asOf,operation2.start);if(misplanned){const params={id:misplanned.value.id,date:misplanned.value.date,audit:auditDate??""};report({...where,messageId:"plannedBe\
foreAudit",params,pointer:`${misplanned.pointer}/date`});return}const listed=sms.managementReviews.length>0;report({...where,messageId:listed?"notHeld":"none",pointer:listed?
"/records/managementReviews":"/records",atKey:true})}}}});var managementReviewStale;var init_management_review_stale=__esm({"src/rules/management-review-stale.ts"(){"use strict";init_dates();managementReviewStale={id:"\
management-review-stale",severity:"minor",clauses:["9.3"],messages:["stale"],check(sms,{asOf,report}){const reviews=sms.completedReviews(asOf);const latest=reviews[reviews.
length-1];if(!latest||latest.value.date>=addMonths2(asOf,-12))return;report({messageId:"stale",params:{id:latest.value.id,date:latest.value.date},requirementId:"\
management-review-results",pointer:`${latest.pointer}/date`})}}}});var nonconformityClosureUnevidenced;var init_nonconformity_closure_unevidenced=__esm({"src/rules/nonconformity-closure-unevidenced.ts"(){"use strict";init_dates();
init_sms_index();init_translate();nonconformityClosureUnevidenced={id:"nonconformity-closure-unevidenced",severity:"minor",clauses:["10.1"],messages:["overdue",
"unverified"],check(sms,{asOf,evidence,report}){for(const{value:nc,pointer}of entries(sms.description.records?.nonconformities,"/records/nonconformities")){if(nc.
closed===void 0||nc.closed>asOf)continue;const state=nc.evidence===void 0?void 0:evidence.get(nc.evidence)?.state??"missing";if(state==="ok"||state==="outside-r\
oot")continue;const grade=localized(t=>t(`grade.${nc.grade}`));const common2={requirementId:"nonconformity-records",pointer:`${pointer}/closed`};if(nc.due!==void 0&&
nc.due<asOf){const params={id:nc.id,closed:nc.closed,due:nc.due,days:daysBetween(nc.due,asOf),grade};report({messageId:"overdue",params,clause:nc.clause??"10.1",
severity:nc.grade==="major"?"major":"minor",...common2})}else if(state===void 0){report({messageId:"unverified",params:{id:nc.id,closed:nc.closed,grade},clause:"\
10.1",severity:"minor",...common2})}}}}}});var nonconformityOverdue;var init_nonconformity_overdue=__esm({"src/rules/nonconformity-overdue.ts"(){"use strict";init_dates();init_sms_index();init_translate();
nonconformityOverdue={id:"nonconformity-overdue",severity:"minor",clauses:["10.1"],messages:["overdue"],check(sms,{asOf,report}){for(const{value:nc,pointer}of entries(
sms.description.records?.nonconformities,"/records/nonconformities")){if(nc.closed!==void 0&&nc.closed<=asOf||nc.due===void 0||nc.due>=asOf)continue;report({messageId:"\
overdue",params:{id:nc.id,due:nc.due,days:daysBetween(nc.due,asOf),grade:localized(t=>t(`grade.${nc.grade}`))},clause:nc.clause??"10.1",requirementId:"nonconfor\
mity-records",severity:nc.grade==="major"?"major":"minor",pointer:`${pointer}/due`})}}}}});var otherPartyUngoverned;var init_other_party_ungoverned=__esm({"src/rules/other-party-ungoverned.ts"(){"use strict";init_sms_index();otherPartyUngoverned={id:"\
other-party-ungoverned",severity:"minor",clauses:["8.2.3"],messages:["ungoverned","unknownDocument"],check(sms,{report}){for(const{value:party,pointer}of entries(
sms.scope.otherParties,"/scope/otherParties")){const governedBy=party.governedBy??[];if(governedBy.length===0){report({messageId:"ungoverned",params:{party:party.
name},requirementId:"other-party-governance",pointer});continue}governedBy.forEach((id,index)=>{if(!sms.hasDocument(id))report({messageId:"unknownDocument",params:{
party:party.name,document:id},requirementId:"other-party-governance",pointer:`${pointer}/governedBy/${index}`})})}}}}});function documentGap(document,asOf,evidence){const{status,approvalDate,nextReviewDate}=document;if(status===void 0)return"no-status";if(status!=="approved")return status;
if(approvalDate!==void 0&&approvalDate>asOf)return"approved-later";if(approvalDate!==void 0&&nextReviewDate!==void 0&&approvalDate>nextReviewDate)return"approve\
d-after-review";if(document.evidence!==void 0&&!fileExists(evidence,document.evidence))return"file-missing";return void 0}function registerGap(register,requirement,operationStart,asOf,evidence){
if(register.evidence===void 0)return"no-evidence";if(!fileExists(evidence,register.evidence))return"file-missing";const last=register.lastEntry;if(last===void 0)
return"no-last-entry";if(last<operationStart)return"before-start";if(requirement.freshnessDays!==void 0&&daysBetween(last,asOf)>requirement.freshnessDays)return"\
stale";return void 0}function nearerGap(a,b){return a!==void 0&&COVER_GAPS.indexOf(a)<=COVER_GAPS.indexOf(b)?a:b}var COVER_GAPS;var init_cover=__esm({"src/engin\
e/cover.ts"(){"use strict";init_dates();init_evidence();COVER_GAPS=["file-missing","approved-after-review","approved-later","stale","before-start","no-last-entr\
y","no-evidence","in-review","draft","no-status","retired"]}});function isApplicable(requirement,index){switch(requirement.appliesWhen){case void 0:return true;case"internal-suppliers":return index.hasInternalSuppliers();case"\
external-suppliers":return index.hasExternalSuppliers();case"suppliers":return index.hasInternalSuppliers()||index.hasExternalSuppliers()}}function isClaimed(index,requirementId,asOf){
return index.documentsFor(requirementId).length>0||index.registersFor(requirementId).length>0||(IMPLICIT_CLAIMS[requirementId]?.(index,asOf).length??0)>0}function unclaimedRequirements(catalog2,index,asOf,mandatory){
return catalog2.requirements().filter(r=>r.mandatory===mandatory&&r.metByRecordsOf===void 0&&!JUDGED_AS_PREREQUISITES.has(r.id)&&isApplicable(r,index)&&!isClaimed(
index,r.id,asOf))}function assessRequirements(context){const{catalog:catalog2}=context;const assessments=new Map;for(const requirement of catalog2.requirements())
if(requirement.metByRecordsOf===void 0)assessments.set(requirement.id,assessRequirement(requirement,context));const ordered=new Map;for(const requirement of catalog2.
requirements())ordered.set(requirement.id,assessments.get(requirement.id)??assessUmbrella(requirement,context,assessments));return ordered}function assessRequirement(requirement,{
index,asOf,evidence,operation:operation2}){const documents2=index.documentsFor(requirement.id);const registers=index.registersFor(requirement.id);const implicitClaims=IMPLICIT_CLAIMS[requirement.
id]?.(index,asOf)??[];const implicitCover=IMPLICIT_COVER[requirement.id]?.(operation2)??implicitClaims;const satisfiedBy=[...documents2.map(d=>d.value.id),...registers.
map(r=>r.value.id),...implicitClaims];if(!isApplicable(requirement,index))return{id:requirement.id,state:"not-applicable",satisfiedBy};if(implicitCover.length>0)
return{id:requirement.id,state:"satisfied",satisfiedBy};let nearest;const consider=(gap,{pointer,value})=>{if(gap===void 0)return true;if(nearest===void 0||nearerGap(
nearest.gap,gap)!==nearest.gap)nearest={gap,pointer,entry:value};return false};for(const d of documents2)if(consider(documentGap(d.value,asOf,evidence),d))return{
id:requirement.id,state:"satisfied",satisfiedBy};for(const r of registers)if(consider(registerGap(r.value,requirement,operation2.startDate,asOf,evidence),r))return{
id:requirement.id,state:"satisfied",satisfiedBy};if(satisfiedBy.length===0)return{id:requirement.id,state:"missing",satisfiedBy};return{id:requirement.id,state:"\
weak",satisfiedBy,...nearest?{nearest}:{}}}function assessUmbrella(requirement,{index,catalog:catalog2},assessments){const satisfiedBy=[...index.documentsFor(requirement.
id),...index.registersFor(requirement.id)].map(e=>e.value.id);const parts=catalog2.records().filter(r=>r.mandatory&&r.metByRecordsOf===void 0&&r.clauses.some(c=>requirement.
metByRecordsOf.some(u=>catalog2.isWithin(c,u)))).map(r=>assessments.get(r.id)).filter(a=>a.state!=="not-applicable");const covered=parts.filter(a=>a.state==="sa\
tisfied").length;const state=covered===parts.length?"satisfied":covered>0?"weak":"missing";return{id:requirement.id,state,satisfiedBy}}var JUDGED_AS_PREREQUISITES,
IMPLICIT_CLAIMS,IMPLICIT_COVER;var init_requirement_state=__esm({"src/engine/requirement-state.ts"(){"use strict";init_cover();JUDGED_AS_PREREQUISITES=new Set([
"internal-audit-results","management-review-results"]);IMPLICIT_CLAIMS={"internal-audit-results":(index,asOf)=>index.completedAudits(asOf).map(a=>a.value.id),"m\
anagement-review-results":(index,asOf)=>index.completedReviews(asOf).map(r=>r.value.id),"nonconformity-records":(index,asOf)=>(index.description.records?.nonconformities??
[]).filter(n=>n.raised<=asOf).map(n=>n.id)};IMPLICIT_COVER={"internal-audit-results":operation2=>operation2.audits.map(a=>a.value.id),"management-review-results":operation2=>operation2.
reviews.map(r=>r.value.id)}}});var recommendedDocumentMissing;var init_recommended_document_missing=__esm({"src/rules/recommended-document-missing.ts"(){"use strict";init_requirement_state();
recommendedDocumentMissing={id:"recommended-document-missing",severity:"observation",clauses:["7.5.1"],messages:["document","record"],check(sms,{catalog:catalog2,
asOf,report}){for(const requirement of unclaimedRequirements(catalog2,sms,asOf,false))report({messageId:requirement.kind,params:{requirement:requirement.title,evidence:requirement.
evidence},clause:requirement.clauses[0],requirementId:requirement.id,pointer:"/documents",atKey:true})}}}});var requiredDocumentMissing;var init_required_document_missing=__esm({"src/rules/required-document-missing.ts"(){"use strict";init_requirement_state();requiredDocumentMissing=
{id:"required-document-missing",severity:"major",clauses:["7.5.4"],messages:["document","record"],check(sms,{catalog:catalog2,asOf,report}){for(const requirement of unclaimedRequirements(
catalog2,sms,asOf,true))report({messageId:requirement.kind,params:{requirement:requirement.title,evidence:requirement.evidence},clause:requirement.clauses[0],requirementId:requirement.
id,pointer:"/documents",atKey:true})}}}});var FIELD,requirementNotCovered;var init_requirement_not_covered=__esm({"src/rules/requirement-not-covered.ts"(){"use strict";init_requirement_state();FIELD={draft:"\
status","in-review":"status",retired:"status","approved-later":"approvalDate","approved-after-review":"approvalDate",stale:"lastEntry","before-start":"lastEntry"};
requirementNotCovered={id:"requirement-not-covered",severity:"major",clauses:["7.5.3"],messages:["draft","in-review","no-status","retired","approved-later","app\
roved-after-review","no-evidence","no-last-entry","before-start","stale"],check(_sms,{catalog:catalog2,asOf,operation:operation2,requirements,report}){for(const requirement of catalog2.
requirements()){const nearest=requirements.get(requirement.id)?.nearest;if(!nearest||nearest.gap==="file-missing"||requirement.metByRecordsOf||JUDGED_AS_PREREQUISITES.
has(requirement.id))continue;const entry=nearest.entry;const field=FIELD[nearest.gap];report({messageId:nearest.gap,params:{requirement:requirement.title,entry:entry.
id,approvalDate:entry.approvalDate??"",nextReviewDate:entry.nextReviewDate??"",lastEntry:entry.lastEntry??"",start:operation2.startDate,limit:requirement.freshnessDays??
0,asOf},severity:requirement.mandatory?"major":"observation",clause:requirement.clauses[0],requirementId:requirement.id,pointer:field===void 0?nearest.pointer:`${nearest.
pointer}/${field}`})}}}}});var scopeCategoryMissing;var init_scope_category_missing=__esm({"src/rules/scope-category-missing.ts"(){"use strict";scopeCategoryMissing={id:"scope-category-mi\
ssing",severity:"major",clauses:["4.3"],messages:["none"],check(sms,{report}){if((sms.scope.businessCategories??[]).length>0)return;report({messageId:"none",pointer:sms.
scope.businessCategories?"/scope/businessCategories":"/scope",atKey:true})}}}});var scopeServicesMissing;var init_scope_services_missing=__esm({"src/rules/scope-services-missing.ts"(){"use strict";scopeServicesMissing={id:"scope-services-mi\
ssing",severity:"major",clauses:["4.3"],messages:["none"],check(sms,{report}){if((sms.scope.services??[]).length>0)return;report({messageId:"none",requirementId:"\
sms-scope",pointer:sms.scope.services?"/scope/services":"/scope",atKey:true})}}}});var serviceNotCatalogued;var init_service_not_catalogued=__esm({"src/rules/service-not-catalogued.ts"(){"use strict";init_cover();serviceNotCatalogued={id:"serv\
ice-not-catalogued",severity:"major",clauses:["8.2.4"],messages:["uncatalogued"],check(sms,{asOf,evidence,report}){for(const{value:service,pointer}of sms.servicesNotCoveredBy(
"service-catalogue",d=>documentGap(d,asOf,evidence)===void 0))report({messageId:"uncatalogued",params:{name:service.name,id:service.id},requirementId:"service-c\
atalogue",pointer})}}}});var serviceSlaMissing;var init_service_sla_missing=__esm({"src/rules/service-sla-missing.ts"(){"use strict";init_cover();serviceSlaMissing={id:"service-sla-miss\
ing",severity:"major",clauses:["8.3.3"],messages:["uncovered"],check(sms,{asOf,evidence,report}){for(const{value:service,pointer}of sms.servicesNotCoveredBy("se\
rvice-level-agreements",d=>documentGap(d,asOf,evidence)===void 0))report({messageId:"uncovered",params:{name:service.name,id:service.id},requirementId:"service-\
level-agreements",pointer})}}}});var siteIncomplete;var init_site_incomplete=__esm({"src/rules/site-incomplete.ts"(){"use strict";init_sms_index();init_translate();siteIncomplete={id:"site-inco\
mplete",severity:"minor",clauses:["4.3"],messages:["none","fields"],check(sms,{report}){const sites=entries(sms.organization.sites,"/organization/sites");if(sites.
length===0){report({messageId:"none",pointer:sms.organization.sites?"/organization/sites":"/organization",atKey:true});return}for(const{value:site,pointer}of sites){
const missing=[site.address===void 0&&"address",site.headcount===void 0&&"headcount"].filter(field=>field!==false);if(missing.length>0)report({messageId:"fields",
params:{site:site.name,fields:localized(t=>missing.map(field=>t(`field.${field}`)).join(t("list.separator")))},pointer})}}}}});var MINIMUM_OPERATION_MONTHS,smsOperationTooShort;var init_sms_operation_too_short=__esm({"src/rules/sms-operation-too-short.ts"(){"use strict";init_dates();MINIMUM_OPERATION_MONTHS=
3;smsOperationTooShort={id:"sms-operation-too-short",severity:"major",clauses:[],blocking:true,messages:["tooShort","notStarted","documentedLater","notDocumente\
d","incomplete"],check(sms,{asOf,catalog:catalog2,operation:operation2,report}){const{documented,undocumented,start,startDate}=operation2;if(documented===void 0){
report({messageId:"notDocumented",params:{start:startDate},pointer:"/documents",atKey:true});return}if(undocumented.length>0){const titles=undocumented.map(id=>catalog2.
requirement(id)?.title??{en:id,"zh-CN":id});const requirements={en:titles.map(title=>`\u201C${title.en}\u201D`).join(", "),"zh-CN":titles.map(title=>`\u201C${title["\
zh-CN"]}\u201D`).join("\u3001")};report({messageId:"incomplete",params:{count:undocumented.length,requirements},pointer:"/documents",atKey:true});return}const eligible=addMonths2(
start,MINIMUM_OPERATION_MONTHS);if(eligible<=asOf)return;const params={start,days:Math.max(daysBetween(start,asOf),0),eligible,startDate,document:documented.document.
value.id};if(start>startDate){const field=documented.document.value.firstIssued!==void 0?"firstIssued":"approvalDate";report({messageId:"documentedLater",params,
pointer:`${documented.document.pointer}/${field}`,blockingUntil:eligible})}else report({messageId:start<=asOf?"tooShort":"notStarted",params,pointer:"/sms/start\
Date",blockingUntil:eligible})}}}});var unknownServiceReference;var init_unknown_service_reference=__esm({"src/rules/unknown-service-reference.ts"(){"use strict";unknownServiceReference={id:"unkno\
wn-service-reference",severity:"minor",clauses:["4.3"],messages:["unknown"],check(sms,{report}){const known=new Set((sms.scope.services??[]).map(s=>s.id));for(const{
value:document,pointer}of sms.documents)(document.services??[]).forEach((service,index)=>{if(!known.has(service))report({messageId:"unknown",params:{document:document.
id,service},requirementId:document.satisfies[0],pointer:`${pointer}/services/${index}`})})}}}});var waiverExpired;var init_waiver_expired=__esm({"src/rules/waiver-expired.ts"(){"use strict";init_sms_index();waiverExpired={id:"waiver-expired",severity:"mino\
r",clauses:["10.1"],messages:["expired"],check(sms,{asOf,report}){for(const{value:waiver,pointer}of entries(sms.description.waivers,"/waivers")){if(waiver.expires>=
asOf)continue;report({messageId:"expired",params:{id:waiver.id,expires:waiver.expires},pointer:`${pointer}/expires`})}}}}});function categoryOf(ruleId){return CATEGORY.get(ruleId)??"nonconformity"}var RULES,invalid,OTHER_RULES,ALL_RULES,CATEGORY;var init_rules=__esm({"src/rules/index\
.ts"(){"use strict";init_action_missing();init_action_overdue();init_action_without_owner();init_administrative_penalty_recent();init_application_dossier_incomplete();
init_assessed_nonconformity();init_assessment_evidence_unknown();init_assessment_incomplete();init_assessment_unsupported();init_climate_change_not_considered();
init_document_control_incomplete();init_document_review_due_soon();init_document_review_overdue();init_duplicate_id();init_evidence_hash_mismatch();init_evidence_hash_unchecked();
init_evidence_missing();init_evidence_not_given();init_evidence_outside_root();init_exclusion_not_permitted();init_internal_audit_coverage();init_internal_audit_missing();
init_internal_audit_stale();init_legal_entity_evidence_missing();init_management_review_missing();init_management_review_stale();init_nonconformity_closure_unevidenced();
init_nonconformity_overdue();init_other_party_ungoverned();init_recommended_document_missing();init_required_document_missing();init_requirement_not_covered();init_scope_category_missing();
init_scope_services_missing();init_service_not_catalogued();init_service_sla_missing();init_site_incomplete();init_sms_operation_too_short();init_unknown_service_reference();
init_waiver_expired();RULES=[actionMissing,actionOverdue,actionWithoutOwner,administrativePenaltyRecent,applicationDossierIncomplete,assessedNonconformity,assessmentEvidenceUnknown,
assessmentIncomplete,assessmentUnsupported,climateChangeNotConsidered,documentControlIncomplete,documentReviewDueSoon,documentReviewOverdue,duplicateId,evidenceHashMismatch,
evidenceHashUnchecked,evidenceMissing,evidenceNotGiven,evidenceOutsideRoot,exclusionNotPermitted,internalAuditCoverage,internalAuditMissing,internalAuditStale,legalEntityEvidenceMissing,
managementReviewMissing,managementReviewStale,nonconformityClosureUnevidenced,nonconformityOverdue,otherPartyUngoverned,recommendedDocumentMissing,requiredDocumentMissing,
requirementNotCovered,scopeCategoryMissing,scopeServicesMissing,serviceNotCatalogued,serviceSlaMissing,siteIncomplete,smsOperationTooShort,unknownServiceReference,
waiverExpired];invalid=id=>({id,severity:"major",clauses:[],blocking:false,category:"invalid"});OTHER_RULES=[{id:"document-source-empty",severity:"minor",clauses:[
"7.5.3"],blocking:false,category:"nonconformity"},{id:"document-source-outside-root",severity:"major",clauses:["7.5.3"],blocking:false,category:"nonconformity"},
{id:"document-source-unsupported",severity:"minor",clauses:["7.5.3"],blocking:false,category:"nonconformity"},{id:"front-matter-missing",severity:"minor",clauses:[
"7.5.3"],blocking:false,category:"nonconformity"},{id:"waiver-not-acceptable",severity:"minor",clauses:["6.1"],blocking:false,category:"nonconformity"},{id:"sys\
temic-gap",severity:"major",clauses:[],blocking:false,category:"nonconformity"},{id:"assessment-contradicted",severity:"minor",clauses:["4","5","6","7","8","9",
"10"],blocking:false,category:"nonconformity"},invalid("file-encoding"),invalid("schema"),invalid("scope-category-unknown"),invalid("yaml-alias-limit"),invalid(
"yaml-duplicate-key"),invalid("yaml-empty"),invalid("yaml-not-mapping"),invalid("yaml-syntax"),invalid("yaml-tab"),invalid("yaml-too-deep")];ALL_RULES=[...OTHER_RULES,
...RULES.map(({id,severity:severity2,clauses,blocking})=>({id,severity:severity2,clauses,blocking:blocking===true,category:blocking?"prerequisite":"nonconformit\
y"}))].sort((a,b)=>a.id<b.id?-1:1);CATEGORY=new Map(ALL_RULES.map(r=>[r.id,r.category]))}});function toFindings(problems,locator,lang){const t=translator(lang);const texts=textKeys();return problems.map(({atKey,...problem})=>{const position=problem.line===
void 0&&problem.pointer!==void 0?locator.locate(problem.pointer,atKey):{line:problem.line,column:problem.column};const params=printableParams(problem.params);const{
remedyKey,recordKey}=texts(problem);const finding={...problem,category:categoryOf(problem.ruleId),line:position.line??1,column:position.column??1,message:t(problem.
messageId,params)};if(remedyKey)finding.remedy=t(remedyKey,params);if(recordKey)finding.howToRecord=t(recordKey,params);return finding})}function textKeys(){const cache=new Map;
return({messageId,ruleId})=>{const lookup=`${messageId} ${ruleId}`;let keys=cache.get(lookup);if(!keys){keys={remedyKey:[`${messageId}.remedy`,`rule.${ruleId}.r\
emedy`].find(hasMessage),recordKey:[`${messageId}.howToRecord`,`rule.${ruleId}.howToRecord`].find(hasMessage)};cache.set(lookup,keys)}return keys}}function compareByPosition(a,b){
return compareText(a.file??"",b.file??"")||(a.line??0)-(b.line??0)||(a.column??0)-(b.column??0)||compareSeverity(a.severity,b.severity)||compareText(a.ruleId,b.
ruleId)||compareText(a.message,b.message)}function compareText(a,b){return a<b?-1:a>b?1:0}var init_findings=__esm({"src/report/findings.ts"(){"use strict";init_translate();
init_printable();init_finding();init_rules()}});function listedGrade(finding){return finding.category==="nonconformity"?finding.severity:"major"}function listFindings(report,t,minGrade="observation"){const hidden={
major:0,minor:0,observation:0};const shown=report.findings.filter(finding=>{const keep=atOrAbove(listedGrade(finding),minGrade);if(!keep)hidden[finding.severity]+=
1;return keep});const groups=groupByClause(shown,report.scores,t).map(({heading,findings})=>({heading,findings:withAdvice(findings.sort(byGradeThenPosition))}));
return{groups,hidden}}function byGradeThenPosition(a,b){return SEVERITIES.indexOf(listedGrade(a))-SEVERITIES.indexOf(listedGrade(b))||compareByPosition(a,b)}function groupByClause(findings,scores,t){
const groups=new Map;for(const score of scores)groups.set(score.clause,{heading:`${score.clause} ${score.title}`,findings:[]});const prerequisites={heading:t("f\
ormat.prerequisites"),findings:[]};const general={heading:t("format.general"),findings:[]};for(const finding of findings){if(finding.category==="prerequisite"){
prerequisites.findings.push(finding);continue}if(finding.clause===void 0){general.findings.push(finding);continue}const key=scoredClause(finding.clause,scores)??
finding.clause;if(!groups.has(key))groups.set(key,{heading:key,findings:[]});groups.get(key).findings.push(finding)}return[prerequisites,...groups.values(),general].
filter(g=>g.findings.length>0)}function withAdvice(findings){const remedyKey=f=>f.remedy===void 0?void 0:`${f.ruleId}\0${f.remedy}`;const recordKey=f=>f.howToRecord===
void 0?void 0:`${f.ruleId}\0${f.howToRecord}`;const lastRemedy=lastIndexByKey(findings,remedyKey);const lastRecord=lastIndexByKey(findings,recordKey);return findings.
map((finding,index)=>{const listed={finding};const remedy=remedyKey(finding);if(remedy!==void 0&&lastRemedy.get(remedy).index===index)listed.remedy={text:finding.
remedy,sharedBy:lastRemedy.get(remedy).count};const record=recordKey(finding);if(record!==void 0&&lastRecord.get(record).index===index)listed.howToRecord=finding.
howToRecord;return listed})}function lastIndexByKey(items,keyOf){const last=new Map;items.forEach((item,index)=>{const key=keyOf(item);if(key!==void 0)last.set(
key,{index,count:(last.get(key)?.count??0)+1})});return last}var init_stylish_list=__esm({"src/report/formatters/stylish-list.ts"(){"use strict";init_scored_clause();
init_finding();init_findings()}});function fileVerdict(report){return report.valid?report.verdict.status:"invalid"}function setSummary(reports,t){const count=verdict=>reports.filter(report=>fileVerdict(
report)===verdict).length;return t("format.files.summary",{count:reports.length,ready:count("ready"),notReady:count("not-ready"),invalid:count("invalid")})}var init_check_set=__esm(
{"src/report/formatters/check-set.ts"(){"use strict"}});var stylish_exports={};__export(stylish_exports,{stylish:()=>stylish});function reportText(report,{colour,minGrade}){const t=translator(report.lang);const{groups,
hidden}=listFindings(report,t,minGrade);const sections=[];if(report.organization!=="")sections.push([colour.bold(t("format.header",{organization:printable(report.
organization),file:printable(report.file),standard:report.standard,asOf:report.asOf}))]);sections.push([...verdictLines(report,t,colour),...blockerLines(groups,
report.findings.length,t,colour)]);for(const group of groups)sections.push([colour.bold(printable(group.heading)),...groupLines(group.findings,report.file,t,colour)]);
const hiddenNote=hiddenLine(hidden,t);if(hiddenNote!==void 0)sections.push([colour.dim(hiddenNote)]);if(report.scores.length>0)sections.push(scoreLines(report.scores,
report.overall,t));if(report.gapAssessment)sections.push(gapAssessmentLines(report.gapAssessment,t));if(report.fixed!==void 0&&report.fixed.length>0)sections.push(
[colour.green(t("format.fixed.heading",{count:report.fixed.length})),...groupLines(report.fixed.map(finding=>({finding})),report.file,t,colour)]);return sections.
map(lines=>lines.join("\n")).join("\n\n")+"\n"}function verdictLines(report,t,colour){const{verdict}=report;const lines=verdict.status==="ready"?[colour.green.bold(
t("format.verdict.ready"))]:[colour.red.bold(t("format.verdict.notReady"))];lines.push(...countLines(report,t,colour));const counted=new Set([...report.findings.
filter(f=>f.category==="prerequisite").map(f=>f.ruleId),"major-nonconformities","invalid-input"]);for(const reason of verdict.reasons)if(!counted.has(reason.ruleId))
lines.push(`  ${printable(reason.message,"line-feeds")}  ${colour.dim(`(${printable(reason.ruleId)})`)}`);if(verdict.earliestApplication!==void 0)lines.push(`  ${printable(
verdict.earliestApplication,"line-feeds")}`);lines.push(...waiverLines(report,t,colour));return lines}function countLines(report,t,colour){const lines=[];const{
invalid:invalid2,prerequisites,nonconformities}=byCategory(report.findings);if(report.findings.length===0)lines.push(colour.green(t("format.summary.none")));if(invalid2.
length>0)lines.push(colour.bold(t("format.summary.invalid",{count:invalid2.length})));if(prerequisites.length>0)lines.push(colour.bold(t("format.summary.prerequ\
isites",{count:prerequisites.length})));if(nonconformities.length>0){const count=severity2=>nonconformities.filter(f=>f.severity===severity2).length;lines.push(
t("format.summary.findings",{total:nonconformities.length,major:count("major"),minor:count("minor"),observation:count("observation")}))}return lines.map(line=>`\
  ${line}`)}function waiverLines(report,t,colour){const lines=[];if(report.suppressed.length>0)lines.push(t("format.summary.suppressed",{count:report.suppressed.
length}));for(const waiver of report.waivers){if(waiver.state==="expired")lines.push(colour.yellow(t("format.waiver.expired",{id:printable(waiver.id),expires:printable(
waiver.expires)})))}return lines.map(line=>`  ${line}`)}function blockerLines(groups,findings,t,colour){const blockers=groups.flatMap(g=>g.findings.map(l=>l.finding)).
filter(f=>listedGrade(f)==="major");const top=blockers.slice(0,TOP_BLOCKERS);if(top.length===0||top.length===findings)return[];const width=labelWidth(top,t);const lines=[
colour.bold(t("format.blockers.heading"))];for(const finding of top){const firstLine=printable(finding.message.split(/\r?\n/)[0]);lines.push(`  ${label(finding,
width,t,colour)}  ${gradeStyle(finding,colour).message(truncate(firstLine,BLOCKER_COLUMNS))}`)}if(blockers.length>top.length)lines.push(colour.dim(`  ${t("forma\
t.blockers.more",{count:blockers.length-top.length})}`));return lines}function groupLines(findings,file,t,colour){const width=labelWidth(findings.map(l=>l.finding),
t);const indent=" ".repeat(2+width+2);const continued=text=>printable(text,"line-feeds").replace(/\n/g,`
${indent}`);const lines=[];for(const{finding,remedy,howToRecord}of findings){const marker=finding.baseline==="new"?`  ${colour.bold(`[${t("format.baseline.new")}\
]`)}`:"";const message=gradeStyle(finding,colour).message(continued(finding.message));lines.push(`  ${label(finding,width,t,colour)}  ${message}  ${colour.dim(`\
(${printable(finding.ruleId)})  ${location(finding,file)}`)}${marker}`);if(remedy!==void 0){const shared=remedy.sharedBy>1?`  ${t("format.remedy.shared",{count:remedy.
sharedBy,rule:ruleName(finding.ruleId)})}`:"";lines.push(colour.dim(`${indent}${continued(remedy.text)}${shared}`))}if(howToRecord!==void 0)lines.push(colour.dim(
`${indent}${continued(t("format.howToRecord",{howToRecord}))}`))}return lines}function gradeStyle(finding,colour){const grade=listedGrade(finding);if(grade==="m\
ajor")return{label:colour.red.bold,message:colour.bold};if(grade==="minor")return{label:colour.yellow,message:s=>s};return{label:colour.dim,message:colour.dim}}
function label(finding,width,t,colour){const grade=t(gradeKey(finding));return gradeStyle(finding,colour).label(grade)+" ".repeat(width-columns(grade))}function labelWidth(findings,t){
return Math.max(0,...findings.map(f=>columns(t(gradeKey(f)))))}function truncate(text,max){if(columns(text)<=max)return text;let cut="";let width=0;for(const char of text){
width+=columns(char);if(width>max-1)break;cut+=char}return`${cut.trimEnd()}\u2026`}function hiddenLine(hidden,t){const parts=["minor","observation"].filter(grade=>hidden[grade]>
0).map(grade=>t(`format.hidden.${grade}`,{count:hidden[grade]}));if(parts.length===0)return void 0;return t("format.hidden",{hidden:parts.join(t("list.separator")),
flag:"--min-grade observation"})}function location(finding,file){const where=printable(finding.file??file);if(finding.line===void 0)return where;return finding.
column===void 0?`${where}:${finding.line}`:`${where}:${finding.line}:${finding.column}`}function scoreLines(scores,overall,t){const clauseWidth=Math.max(...scores.
map(s=>2*s.depth+s.clause.length));const fraction=s=>`${s.satisfied}/${s.applicable}${s.weak>0?t("format.scores.weak",{count:s.weak}):""}`;const fractionWidth=Math.
max(columns(fraction(overall)),...scores.map(s=>columns(fraction(s))));const row=(clause,score,title)=>`  ${clause.padEnd(clauseWidth)}  ${percent(score.ratio).
padStart(4)}  ${" ".repeat(fractionWidth-columns(fraction(score)))}${fraction(score)}  ${title}`;return[t("format.scores.heading"),...scores.map(s=>row(`${"  ".
repeat(s.depth)}${s.clause}`,s,s.title)),row("",overall,t("format.scores.overall"))]}function columns(text){let width=0;for(const char of text)width+=/[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.
test(char)?2:1;return width}function percent(ratio2){return ratio2===null?"-":`${Math.floor(ratio2*100)}%`}function gapAssessmentLines(gap,t){const shown=["conf\
orming","inconsistent","initial","not-addressed","not-applicable","not-assessed"];const lines=[t("format.gap.heading",{assessor:printable(gap.assessor),date:gap.
date,file:printable(gap.file)})];const width=Math.max(...gap.byClause.map(c=>c.clause.length));for(const clause of gap.byClause){const counts2=shown.filter(status=>clause.
counts[status]>0).map(status=>`${clause.counts[status]} ${t(`conformity.${status}`)}`);lines.push(`  ${clause.clause.padEnd(width)}  ${counts2.join(t("list.sepa\
rator"))}  ${printable(clause.title)}`)}const pending=gap.actions.filter(a=>a.status==="open"||a.status==="in-progress");lines.push(t("format.gap.actions",{total:gap.
actions.length,pending:pending.length,overdue:pending.filter(a=>a.overdue).length}));const progress=gap.progress;if(progress){const counts2={improved:progress.improved.
length,regressed:progress.regressed.length,newlyAssessed:progress.newlyAssessed.length,closed:progress.closedActions.length};lines.push(t("format.gap.progress",
{since:progress.since,...counts2}));const change=(direction,c)=>t("format.gap.change",{direction,clause:c.clause,from:t(`conformity.${c.from}`),to:t(`conformity\
.${c.to}`)});for(const c of progress.improved)lines.push(change("+",c));for(const c of progress.regressed)lines.push(change("-",c))}return lines}function ruleName(ruleId){
return localized((t,lang)=>lang==="en"?ruleId:t(`rule.${ruleId}.title`))}var TOP_BLOCKERS,BLOCKER_COLUMNS,stylish;var init_stylish=__esm({"src/report/formatters\
/stylish.ts"(){"use strict";init_printable();init_translate();init_finding();init_categories();init_stylish_list();init_check_set();TOP_BLOCKERS=5;BLOCKER_COLUMNS=
100;stylish={name:"stylish",extension:".txt",render:(report,context)=>reportText(report,context),renderMany(reports,context,checked=reports){const{colour}=context;
const files=reports.map(report=>`${colour.bold(`==> ${printable(report.file)} <==`)}
${reportText(report,context)}`);return`${files.join("\n")}
${colour.bold(setSummary(checked,translator(checked[0].lang)))}
`}}}});function jsonText(value){return JSON.stringify(value,null,2).replace(UNSAFE_FOR_DISPLAY,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)+"\n"}var UNSAFE_FOR_DISPLAY;
var init_json_text=__esm({"src/report/formatters/json-text.ts"(){"use strict";UNSAFE_FOR_DISPLAY=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g}});var json_exports={};__export(json_exports,{SCHEMA_VERSION:()=>SCHEMA_VERSION,json:()=>json});function shapeOf(report){const{tool,standard,file,asOf,organization:organization2,
valid,verdict,overall,scores,requirements,findings,suppressed,waivers,dossier,gapAssessment,fixed}=report;return{schemaVersion:SCHEMA_VERSION,...{tool,standard,
file,asOf,organization:organization2,valid,verdict,overall,scores,requirements,findings,suppressed,waivers,dossier},...{gapAssessment,fixed}}}var SCHEMA_VERSION,
json;var init_json=__esm({"src/report/formatters/json.ts"(){"use strict";init_json_text();SCHEMA_VERSION=1;json={name:"json",extension:".json",render(report){return jsonText(
shapeOf(report))},renderMany(reports){return jsonText(reports.map(shapeOf))}}}});function mapStrings(value,map){if(typeof value==="string")return map(value);if(Array.isArray(value))return value.map(item=>mapStrings(item,map));if(value!==null&&
typeof value==="object")return Object.fromEntries(Object.entries(value).map(([key,item])=>[key,mapStrings(item,map)]));return value}var init_map_strings=__esm({
"src/report/formatters/map-strings.ts"(){"use strict"}});var junit_exports={};__export(junit_exports,{junit:()=>junit});function junitText(files,sourcePath){const t=translator(files[0].report.lang);const all=files.flatMap(
({suites})=>suites.flatMap(s=>s.cases));const xml={"?xml":{"@_version":"1.0","@_encoding":"UTF-8"},testsuites:{"@_name":"iso20k",...counts(all),testsuite:files.
flatMap(({report,suites})=>suites.map(suite=>({"@_name":suite.name,...counts(suite.cases),"@_skipped":suite.cases.filter(c=>c.skipped).length,testcase:suite.cases.
map(c=>testCaseNode(c,report,sourcePath,t))})))}};return builder.build(mapStrings(xml,text=>printable(text,"layout")))}function counts(cases){return{"@_tests":cases.
length,"@_failures":cases.filter(c=>c.findings.length>0).length,"@_errors":0}}function testCaseNode(testCase,report,sourcePath,t){const node={"@_classname":testCase.
classname,"@_name":testCase.name};if(testCase.skipped)node.skipped={"@_message":t("format.junit.notApplicable")};if(testCase.findings.length>0){const[lead,...rest]=mostSeriousFirst(
testCase.findings);const message=lead.message.replace(/\s*\r?\n\s*/g," ");node.failure={"@_message":rest.length===0?message:t("format.junit.andMore",{message,count:rest.
length}),"@_type":lead.category==="nonconformity"?lead.severity:lead.category,"#text":[lead,...rest].map(f=>failureBody(f,report,sourcePath)).join("\n\n")}}return node}
function mostSeriousFirst(findings){return[...findings].sort((a,b)=>CATEGORIES.indexOf(a.category)-CATEGORIES.indexOf(b.category)||compareSeverity(a.severity,b.
severity))}function failureBody(finding,report,sourcePath){const file=sourcePath(finding.file??report.file);const where=finding.line===void 0?file:`${file}:${finding.
line}:${finding.column??1}`;const lines=[`${where} (${finding.ruleId})`,finding.message];if(finding.remedy!==void 0)lines.push(finding.remedy);return lines.join(
"\n")}function testSuites(report,t,file){const suiteName=name=>file===void 0?name:`${file}: ${name}`;const className=name=>file===void 0?`iso20k.${name}`:`iso20\
k.${file}.${name}`;const topClauses=report.scores.filter(s=>s.depth===0);const topOf=clause=>clause.split(".")[0];const known=new Set(topClauses.map(s=>s.clause));
const requirementIds=new Set(report.requirements.map(r=>r.id));const byRequirement=new Map;const byRule=new Map;const prerequisites=new Map;for(const finding of report.
findings){if(finding.category==="prerequisite"){pushTo2(prerequisites,finding.ruleId,finding);continue}if(finding.requirementId!==void 0&&requirementIds.has(finding.
requirementId)){pushTo2(byRequirement,finding.requirementId,finding);continue}const suite=finding.clause!==void 0&&known.has(topOf(finding.clause))?topOf(finding.
clause):"";if(!byRule.has(suite))byRule.set(suite,new Map);pushTo2(byRule.get(suite),finding.ruleId,finding)}const ruleCases=(suite,classname)=>[...byRule.get(suite)??
new Map].map(([ruleId,findings])=>({name:t("format.junit.rule",{ruleId}),classname,findings,skipped:false}));const suites=topClauses.map(score=>{const classname=className(
`clause-${score.clause}`);const requirementCases=report.requirements.filter(r=>r.clauses.length>0&&topOf(r.clauses[0])===score.clause).map(r=>({name:`${r.id}: ${r.
title}`,classname,findings:byRequirement.get(r.id)??[],skipped:r.state==="not-applicable"}));return{name:suiteName(t("format.junit.suite",{clause:score.clause,title:score.
title})),cases:[...requirementCases,...ruleCases(score.clause,classname)]}});if(prerequisites.size>0)suites.unshift({name:suiteName(t("format.prerequisites")),cases:[
...prerequisites].map(([ruleId,findings])=>({name:t("format.junit.rule",{ruleId}),classname:className("prerequisites"),findings,skipped:false}))});const general=ruleCases(
"",className("general"));if(general.length>0)suites.push({name:suiteName(t("format.general")),cases:general});return suites}function pushTo2(map,key,value){const list2=map.
get(key);if(list2===void 0)map.set(key,[value]);else list2.push(value)}var import_fast_xml_parser,builder,junit;var init_junit=__esm({"src/report/formatters/jun\
it.ts"(){"use strict";import_fast_xml_parser=require("./vendor/fast-xml-parser.cjs");init_translate();init_finding();init_printable();init_map_strings();builder=
new import_fast_xml_parser.XMLBuilder({ignoreAttributes:false,attributeNamePrefix:"@_",format:true,indentBy:"  ",suppressEmptyNode:true,suppressBooleanAttributes:false});
junit={name:"junit",extension:".xml",render:(report,{sourcePath})=>junitText([{report,suites:testSuites(report,translator(report.lang))}],sourcePath),renderMany:(reports,{
sourcePath})=>junitText(reports.map(report=>({report,suites:testSuites(report,translator(report.lang),sourcePath(report.file))})),sourcePath)}}});function escapeMarkdown(text){return printable(text,"layout").split(/(`[^`\n]+`)/).map((part,index)=>index%2===1?part.replace(/\|/g,"\\|"):escapeMarkdownText(part)).
join("").replace(/\r\n?|\n/g,"<br>")}function escapeMarkdownText(text){return text.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\\/g,
"\\\\").replace(/\|/g,"\\|").replace(/[[\]]/g,"\\$&").replace(/:\/\//g,"\\://").replace(/\bwww\./gi,www=>`${www.slice(0,3)}\\.`)}function escapeCsv(text){const shown=printable(
text,"layout");const neutral=/^[=+\-@\t\r]/.test(shown)?`'${shown}`:shown;return`"${neutral.replace(/"/g,'""')}"`}var init_escape=__esm({"src/report/render/esca\
pe.ts"(){"use strict";init_printable()}});function fingerprint(finding,file){return sha256([finding.ruleId,finding.requirementId??"",finding.pointer??"",normalisedPath(file)])}function fingerprints(findings,fileOf){
const seen=new Map;return findings.map(finding=>{const print=fingerprint(finding,fileOf(finding));const repeats=seen.get(print)??0;seen.set(print,repeats+1);return repeats===
0?print:sha256([print,String(repeats)])})}function normalisedPath(file){const path2=file.replace(/\\/g,"/");return path2.startsWith("//")?`/${import_node_path2.posix.
normalize(path2.slice(1))}`:import_node_path2.posix.normalize(path2)}function sha256(parts){return(0,import_node_crypto.createHash)("sha256").update(parts.join(
"\0")).digest("hex").slice(0,16)}var import_node_crypto,import_node_path2;var init_fingerprint=__esm({"src/report/formatters/fingerprint.ts"(){"use strict";import_node_crypto=
require("node:crypto");import_node_path2=require("node:path")}});var sarif_exports={};__export(sarif_exports,{RULES_PAGE:()=>RULES_PAGE,artifactLocation:()=>artifactLocation,sarif:()=>sarif,toSarifLog:()=>toSarifLog});function sarifText(reports,sourcePath){
return jsonText(mapStrings(toSarifLog(reports,sourcePath),wellFormed))}function toSarifLog(reports,sourcePath){const t=translator(reports[0].lang);const rules=[
...new Map(reports.flatMap(report=>report.rules).map(rule=>[rule.id,rule])).values()];const ruleIndex=new Map(rules.map((rule,index)=>[rule.id,index]));const results=reports.
flatMap(report=>resultsOf(report,sourcePath,ruleIndex,t));return{$schema:"https://json.schemastore.org/sarif-2.1.0.json",version:"2.1.0",runs:[{tool:{driver:{name:"\
iso20k",version:reports[0].tool.version,informationUri:"https://github.com/iso20k/iso20k",rules:rules.map(rule=>toRuleDescriptor(rule,t))}},columnKind:"utf16Cod\
eUnits",results}]}}function resultsOf(report,sourcePath,ruleIndex,t){const fileOf=finding=>sourcePath(finding.file??report.file);const prints=fingerprints([...report.
findings,...report.suppressed],fileOf);return[...report.findings.map((finding,i)=>toResult(finding,fileOf(finding),prints[i],ruleIndex)),...report.suppressed.map(
(finding,i)=>({...toResult(finding,fileOf(finding),prints[report.findings.length+i],ruleIndex),suppressions:[{kind:"external",justification:t("format.sarif.waiv\
er",{id:finding.waiver})}]}))]}function toRuleDescriptor(rule,t){const helpUri=`${RULES_PAGE}#${rule.id}`;return{id:rule.id,name:pascalCase(rule.id),shortDescription:{
text:rule.title},fullDescription:{text:rule.description},helpUri,help:{text:rule.remedy,markdown:`${escapeMarkdown(rule.remedy)}

[${t("format.sarif.ruleDocs",{ruleId:rule.id})}](${helpUri})`},defaultConfiguration:{level:LEVEL[rule.severity]},properties:{tags:["iso20000",rule.blocking?"app\
lication-prerequisite":"nonconformity",...new Set(rule.clauses.map(clause=>`clause-${clause}`))],precision:precision(rule),"problem.severity":PROBLEM_SEVERITY[rule.
severity]}}}function precision(rule){return rule.id==="systemic-gap"?"medium":"high"}function toResult(finding,file,print,ruleIndex){const region=finding.line===
void 0?void 0:{startLine:finding.line,...finding.column===void 0?{}:{startColumn:finding.column}};const properties={category:finding.category,...finding.clause===
void 0?{}:{clause:finding.clause},...finding.requirementId===void 0?{}:{requirementId:finding.requirementId},...finding.baseline===void 0?{}:{baseline:finding.baseline}};
return{ruleId:finding.ruleId,...ruleIndex.has(finding.ruleId)?{ruleIndex:ruleIndex.get(finding.ruleId)}:{},level:LEVEL[finding.severity],message:{text:finding.message},
locations:[{physicalLocation:{artifactLocation:artifactLocation(file),...region===void 0?{}:{region}}}],partialFingerprints:{"iso20k/v1":print},...finding.baseline===
void 0?{}:{baselineState:finding.baseline},...Object.keys(properties).length===0?{}:{properties}}}function artifactLocation(file){const path2=normalisedPath(wellFormed(
file));const encoded=path2.split("/").map(encodeSegment).join("/");if(path2.startsWith("//"))return{uri:`file:${encoded}`};if(/^(\/|[A-Za-z]:\/)/.test(path2))return{
uri:`file://${path2.startsWith("/")?"":"/"}${encoded}`};return{uri:encoded,uriBaseId:"%SRCROOT%"}}function encodeSegment(segment){return/^[A-Za-z]:$/.test(segment)?
segment:encodeURIComponent(segment)}function pascalCase(id){return id.split(/[^A-Za-z0-9]+/).filter(word=>word!=="").map(word=>word[0].toUpperCase()+word.slice(
1)).join("")}var LEVEL,PROBLEM_SEVERITY,RULES_PAGE,sarif;var init_sarif=__esm({"src/report/formatters/sarif.ts"(){"use strict";init_translate();init_printable();
init_escape();init_fingerprint();init_json_text();init_map_strings();LEVEL={major:"error",minor:"warning",observation:"note"};PROBLEM_SEVERITY={major:"error",minor:"\
warning",observation:"recommendation"};RULES_PAGE="https://github.com/iso20k/iso20k/blob/main/docs/rules.md";sarif={name:"sarif",extension:".sarif",render:(report,{
sourcePath})=>sarifText([report],sourcePath),renderMany:(reports,{sourcePath})=>sarifText(reports,sourcePath)}}});var github_exports={};__export(github_exports,{ANNOTATIONS_PER_LEVEL:()=>ANNOTATIONS_PER_LEVEL,escapeData:()=>escapeData,escapeProperty:()=>escapeProperty,github:()=>github});
function commands(reports,sourcePath,placeVerdicts){const t=translator(reports[0].lang);const verdicts=reports.map(report=>({level:report.verdict.status==="read\
y"?"notice":"error",report}));const lines=verdicts.map(({level:level2,report})=>{const file=placeVerdicts?` file=${escapeProperty(printable(sourcePath(report.file)))}`:
"";return`::${level2}${file}::${escapeData(verdictSummary(report,t))}`});const ordered=reports.flatMap(report=>report.findings.map(finding=>({finding,report}))).
sort((a,b)=>CATEGORIES.indexOf(a.finding.category)-CATEGORIES.indexOf(b.finding.category)||compareSeverity(a.finding.severity,b.finding.severity));const shown={
error:0,warning:0,notice:0};for(const{level:level2}of verdicts)shown[level2]++;for(const{finding}of ordered)shown[COMMAND[finding.severity]]++;const hidden=Object.
values(shown).reduce((n,count)=>n+Math.max(count-ANNOTATIONS_PER_LEVEL,0),0);if(hidden>0)lines.push(`::notice::${escapeData(t("format.github.overflow",{count:hidden,
limit:ANNOTATIONS_PER_LEVEL}))}`);lines.push(...ordered.map(({finding,report})=>annotation(finding,sourcePath(finding.file??report.file),t)));return lines.join(
"\n")+"\n"}function verdictSummary(report,t){const{overall,verdict}=report;const verdictText=t(verdict.status==="ready"?"format.verdict.ready":"format.verdict.n\
otReady");return report.valid?t("format.github.summary",{verdict:verdictText,percent:overall.ratio===null?"-":`${Math.floor(overall.ratio*100)}%`,satisfied:overall.
satisfied,applicable:overall.applicable}):t("format.github.summaryInvalid",{verdict:verdictText})}function annotation(finding,file,t){const title=finding.category===
"prerequisite"?t("format.github.titlePrerequisite",{ruleId:finding.ruleId}):finding.clause===void 0?t("format.github.titleNoClause",{ruleId:finding.ruleId}):t("\
format.github.title",{ruleId:finding.ruleId,clause:finding.clause});const properties=[["file",printable(file)],["line",finding.line],["col",finding.column],["ti\
tle",printable(title)]];const props=properties.filter(p=>p[1]!==void 0).map(([key,value])=>`${key}=${escapeProperty(String(value))}`).join(",");const text=printable(
finding.remedy===void 0?finding.message:`${finding.message}
${finding.remedy}`,"line-feeds");return`::${COMMAND[finding.severity]} ${props}::${escapeData(text)}`}function escapeData(text){return text.replace(/%/g,"%25").
replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeProperty(text){return escapeData(text).replace(/:/g,"%3A").replace(/,/g,"%2C")}var COMMAND,ANNOTATIONS_PER_LEVEL,
github;var init_github=__esm({"src/report/formatters/github.ts"(){"use strict";init_translate();init_finding();init_printable();COMMAND={major:"error",minor:"wa\
rning",observation:"notice"};ANNOTATIONS_PER_LEVEL=10;github={name:"github",extension:".txt",render:(report,{sourcePath})=>commands([report],sourcePath,false),renderMany:(reports,{
sourcePath})=>commands(reports,sourcePath,true)}}});var markdown_exports={};__export(markdown_exports,{MAX_FINDING_ROWS:()=>MAX_FINDING_ROWS,markdown:()=>markdown});function summaryOf(report,sourcePath,t,{heading,
rows}){const{verdict}=report;const blocks=[];const verdictText=t(verdict.status==="ready"?"format.markdown.verdict.ready":"format.markdown.verdict.notReady");blocks.
push(heading==="##"?`## ${verdictText}`:`${heading} ${code(sourcePath(report.file))}: ${verdictText}`);const header2=t("format.header",{organization:escapeMarkdown(
report.organization),file:code(sourcePath(report.file)),standard:report.standard,asOf:report.asOf});blocks.push(report.organization===""?header2.replace(/^ \u00b7 /,
""):header2);if(verdict.reasons.length>0)blocks.push(verdict.reasons.map(r=>`- ${escapeMarkdown(r.message)} (${code(r.ruleId)})`).join("\n"));if(verdict.earliestApplication!==
void 0)blocks.push(escapeMarkdown(verdict.earliestApplication));if(report.scores.length>0)blocks.push(`${heading}# ${t("format.scores.heading")}`,scoreTable(report,
t));blocks.push(`${heading}# ${t("format.markdown.findings",{count:report.findings.length})}`,findingsTable(report,sourcePath,t,rows));const notes=[];if(report.
suppressed.length>0)notes.push(t("format.summary.suppressed",{count:report.suppressed.length}));for(const waiver of report.waivers){if(waiver.state==="expired")
notes.push(t("format.waiver.expired",{id:escapeMarkdown(waiver.id),expires:waiver.expires}))}if(report.fixed!==void 0&&report.fixed.length>0)notes.push(t("forma\
t.fixed.count",{count:report.fixed.length}));if(notes.length>0)blocks.push(notes.map(note=>`- ${note}`).join("\n"));return blocks}function verdictTable(reports,sourcePath,t){
const row=cells=>`| ${cells.join(" | ")} |`;const lines=[row([t("format.column.file"),t("format.column.organization"),t("format.column.verdict"),t("format.colum\
n.prerequisites"),t("format.column.majors"),t("format.column.minors")]),"| --- | --- | --- | ---: | ---: | ---: |"];for(const report of reports){const{counts:counts2}=report.
verdict;const minors=report.findings.filter(f=>f.category==="nonconformity"&&f.severity==="minor").length;lines.push(row([code(sourcePath(report.file)),escapeMarkdown(
report.organization),t(`format.fileVerdict.${fileVerdict(report)}`),counts2.prerequisites,counts2.majors,minors]))}return lines.join("\n")}function scoreTable(report,t){
const row=cells=>`| ${cells.join(" | ")} |`;const fraction=s=>`${s.satisfied}/${s.applicable}${s.weak>0?t("format.scores.weak",{count:s.weak}):""}`;return[row([
t("format.column.clause"),t("format.column.title"),t("format.column.satisfied"),"%"]),"| --- | --- | ---: | ---: |",...report.scores.map(s=>row([s.clause,escapeMarkdown(
s.title),fraction(s),percent2(s.ratio)])),row([`**${t("format.scores.overall")}**`,"",`**${fraction(report.overall)}**`,`**${percent2(report.overall.ratio)}**`])].
join("\n")}function findingsTable(report,sourcePath,t,maxRows){if(report.findings.length===0)return t("format.summary.none");const row=cells=>`| ${cells.join(" \
| ")} |`;const lines=[row([t("format.column.grade"),t("format.column.clause"),t("format.column.location"),t("format.column.message"),t("format.column.rule")]),"\
| --- | --- | --- | --- | --- |"];const ordered=[...report.findings].sort((a,b)=>CATEGORIES.indexOf(a.category)-CATEGORIES.indexOf(b.category)||compareSeverity(
a.severity,b.severity));for(const f of ordered.slice(0,maxRows)){const grade=t(gradeKey(f))+(f.baseline==="new"?` [${t("format.baseline.new")}]`:"");const file=sourcePath(
f.file??report.file);const where=f.line===void 0?file:`${file}:${f.line}`;lines.push(row([grade,f.clause??"-",code(where),escapeMarkdown(f.message),code(f.ruleId)]))}
const more=report.findings.length-maxRows;if(more>0)lines.push("",t("format.markdown.more",{count:more}));return lines.join("\n")}function percent2(ratio2){return ratio2===
null?"-":`${Math.floor(ratio2*100)}%`}function code(text){const body=printable(text).replace(/\|/g,"\\|");const longestRun=Math.max(0,...(body.match(/`+/g)??[]).
map(run2=>run2.length));const fence="`".repeat(longestRun+1);return longestRun===0?`${fence}${body}${fence}`:`${fence} ${body} ${fence}`}var MAX_FINDING_ROWS,MIN_ROWS_PER_FILE,
markdown;var init_markdown=__esm({"src/report/formatters/markdown.ts"(){"use strict";init_translate();init_finding();init_printable();init_escape();init_check_set();
MAX_FINDING_ROWS=50;MIN_ROWS_PER_FILE=5;markdown={name:"markdown",extension:".md",render:(report,{sourcePath})=>summaryOf(report,sourcePath,translator(report.lang),
{heading:"##",rows:MAX_FINDING_ROWS}).join("\n\n")+"\n",renderMany(reports,{sourcePath},checked=reports){const t=translator(checked[0].lang);const rows=Math.max(
MIN_ROWS_PER_FILE,Math.floor(MAX_FINDING_ROWS/reports.length));const blocks=[`## ${escapeMarkdown(setSummary(checked,t))}`,verdictTable(reports,sourcePath,t)];for(const report of reports)
blocks.push(...summaryOf(report,sourcePath,t,{heading:"###",rows}));return blocks.join("\n\n")+"\n"}}}});var codequality_exports={};__export(codequality_exports,{codequality:()=>codequality,severity:()=>severity});function issuesText(reports,sourcePath){return jsonText(
mapStrings(reports.flatMap(report=>issuesOf(report,sourcePath)),wellFormed))}function issuesOf(report,sourcePath){const fileOf=finding=>sourcePath(finding.file??
report.file);const prints=fingerprints(report.findings,fileOf);return report.findings.map((finding,i)=>({description:finding.message,check_name:finding.ruleId,fingerprint:prints[i],
severity:severity(finding),location:{path:fileOf(finding),lines:{begin:finding.line??1}}}))}function severity(finding){return finding.category==="nonconformity"?
NONCONFORMITY[finding.severity]:"blocker"}var NONCONFORMITY,codequality;var init_codequality=__esm({"src/report/formatters/codequality.ts"(){"use strict";init_printable();
init_fingerprint();init_json_text();init_map_strings();NONCONFORMITY={major:"critical",minor:"minor",observation:"info"};codequality={name:"codequality",extension:"\
.json",render:(report,{sourcePath})=>issuesText([report],sourcePath),renderMany:(reports,{sourcePath})=>issuesText(reports,sourcePath)}}});function decideVerdict({kept,uncovered,invalid:invalid2}){const prerequisites=kept.filter(p=>p.blocking);const majors=distinctMajors(kept.filter(p=>!p.blocking&&
p.severity==="major")).length;const ready=prerequisites.length===0&&majors===0&&uncovered===0&&invalid2===0;const timeBound=prerequisites.length>0&&prerequisites.
every(p=>p.blockingUntil!==void 0);const earliest=timeBound&&invalid2===0?prerequisites.map(p=>p.blockingUntil).sort().at(-1):void 0;return{status:ready?"ready":
"not-ready",prerequisites,majors,uncovered,invalid:invalid2,...earliest?{earliestApplicationDate:earliest}:{}}}function distinctMajors(majors){const checked=majors.
filter(p=>p.ruleId!=="assessed-nonconformity"&&p.clause!==void 0);const corroborated=rated=>rated.clause!==void 0&&checked.some(p=>clauseWithin(p.clause,rated.clause));
return majors.filter(p=>p.ruleId!=="assessed-nonconformity"||!corroborated(p))}var init_verdict=__esm({"src/engine/verdict.ts"(){"use strict";init_catalog2()}});function compareClauses(a,b){if(a===b)return 0;if(a===void 0)return 1;if(b===void 0)return-1;const left=a.split(".").map(Number);const right=b.split(".").map(Number);
for(let i=0;i<Math.max(left.length,right.length);i++){const difference=(left[i]??-1)-(right[i]??-1);if(difference!==0)return difference}return 0}var init_clause_order=__esm(
{"src/report/clause-order.ts"(){"use strict"}});var require_mod=__commonJS({"node_modules/fastest-levenshtein/mod.js"(exports2){"use strict";exports2.__esModule=true;exports2.distance=exports2.closest=void 0;
var peq=new Uint32Array(65536);var myers_32=function(a,b){var n=a.length;var m=b.length;var lst=1<<n-1;var pv=-1;var mv=0;var sc=n;var i=n;while(i--){peq[a.charCodeAt(
i)]|=1<<i}for(i=0;i<m;i++){var eq=peq[b.charCodeAt(i)];var xv=eq|mv;eq|=(eq&pv)+pv^pv;mv|=~(eq|pv);pv&=eq;if(mv&lst){sc++}if(pv&lst){sc--}mv=mv<<1|1;pv=pv<<1|~(xv|
mv);mv&=xv}i=n;while(i--){peq[a.charCodeAt(i)]=0}return sc};var myers_x=function(b,a){var n=a.length;var m=b.length;var mhc=[];var phc=[];var hsize=Math.ceil(n/
32);var vsize=Math.ceil(m/32);for(var i=0;i<hsize;i++){phc[i]=-1;mhc[i]=0}var j=0;for(;j<vsize-1;j++){var mv_1=0;var pv_1=-1;var start_1=j*32;var vlen_1=Math.min(
32,m)+start_1;for(var k=start_1;k<vlen_1;k++){peq[b.charCodeAt(k)]|=1<<k}for(var i=0;i<n;i++){var eq=peq[a.charCodeAt(i)];var pb=phc[i/32|0]>>>i&1;var mb=mhc[i/
32|0]>>>i&1;var xv=eq|mv_1;var xh=((eq|mb)&pv_1)+pv_1^pv_1|eq|mb;var ph=mv_1|~(xh|pv_1);var mh=pv_1&xh;if(ph>>>31^pb){phc[i/32|0]^=1<<i}if(mh>>>31^mb){mhc[i/32|
0]^=1<<i}ph=ph<<1|pb;mh=mh<<1|mb;pv_1=mh|~(xv|ph);mv_1=ph&xv}for(var k=start_1;k<vlen_1;k++){peq[b.charCodeAt(k)]=0}}var mv=0;var pv=-1;var start=j*32;var vlen=Math.
min(32,m-start)+start;for(var k=start;k<vlen;k++){peq[b.charCodeAt(k)]|=1<<k}var score=m;for(var i=0;i<n;i++){var eq=peq[a.charCodeAt(i)];var pb=phc[i/32|0]>>>i&
1;var mb=mhc[i/32|0]>>>i&1;var xv=eq|mv;var xh=((eq|mb)&pv)+pv^pv|eq|mb;var ph=mv|~(xh|pv);var mh=pv&xh;score+=ph>>>m-1&1;score-=mh>>>m-1&1;if(ph>>>31^pb){phc[i/
32|0]^=1<<i}if(mh>>>31^mb){mhc[i/32|0]^=1<<i}ph=ph<<1|pb;mh=mh<<1|mb;pv=mh|~(xv|ph);mv=ph&xv}for(var k=start;k<vlen;k++){peq[b.charCodeAt(k)]=0}return score};var distance3=function(a,b){
if(a.length<b.length){var tmp=b;b=a;a=tmp}if(b.length===0){return a.length}if(a.length<=32){return myers_32(a,b)}return myers_x(a,b)};exports2.distance=distance3;
var closest2=function(str,arr){var min_distance=Infinity;var min_index=0;for(var i=0;i<arr.length;i++){var dist=distance3(str,arr[i]);if(dist<min_distance){min_distance=
dist;min_index=i}}return arr[min_index]};exports2.closest=closest2}});var require_ucs2length=__commonJS({"node_modules/ajv/dist/runtime/ucs2length.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:true});
function ucs2length(str){const len=str.length;let length=0;let pos=0;let value;while(pos<len){length++;value=str.charCodeAt(pos++);if(value>=55296&&value<=56319&&
pos<len){value=str.charCodeAt(pos);if((value&64512)===56320)pos++}}return length}exports2.default=ucs2length;ucs2length.code='require("ajv/dist/runtime/ucs2leng\
th").default'}});var require_fast_deep_equal=__commonJS({"node_modules/fast-deep-equal/index.js"(exports2,module2){"use strict";module2.exports=function equal(a,b){if(a===b)return true;
if(a&&b&&typeof a=="object"&&typeof b=="object"){if(a.constructor!==b.constructor)return false;var length,i,keys;if(Array.isArray(a)){length=a.length;if(length!=
b.length)return false;for(i=length;i--!==0;)if(!equal(a[i],b[i]))return false;return true}if(a.constructor===RegExp)return a.source===b.source&&a.flags===b.flags;
if(a.valueOf!==Object.prototype.valueOf)return a.valueOf()===b.valueOf();if(a.toString!==Object.prototype.toString)return a.toString()===b.toString();keys=Object.
keys(a);length=keys.length;if(length!==Object.keys(b).length)return false;for(i=length;i--!==0;)if(!Object.prototype.hasOwnProperty.call(b,keys[i]))return false;
for(i=length;i--!==0;){var key=keys[i];if(!equal(a[key],b[key]))return false}return true}return a!==a&&b!==b}}});var require_equal=__commonJS({"node_modules/ajv/dist/runtime/equal.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:true});var equal=require_fast_deep_equal();
equal.code='require("ajv/dist/runtime/equal").default';exports2.default=equal}});var require_formats=__commonJS({"generated:formats.cjs"(exports2,module2){module2.exports=(init_date_format(),__toCommonJS(date_format_exports))}});var require_sms_validator=__commonJS({"generated:sms-validator.cjs"(exports2){"use strict";exports2.sms=validate20;var schema31={"$schema":"https://json-schema.\
org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/iso20k/iso20k/v0.1.0/schemas/sms.schema.json","type":"object","additionalProperties":false,"r\
equired":["organization","scope","sms","documents"],"properties":{"organization":{"type":"object","additionalProperties":false,"required":["name"],"properties":{
"name":{"type":"string","minLength":1},"legalEntity":{"type":"object","additionalProperties":false,"required":[],"properties":{"name":{"type":"string","minLengt\
h":1},"registrationId":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/evidencePath"}}},"sites":{"type":"array","items":{"type":"object","additional\
Properties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"address":{"type":"string","minLength":1},"headcount":{"type":"intege\
r","minimum":1}}}},"penalties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["date","authority","description"],"properties":{
"date":{"$ref":"#/$defs/date"},"authority":{"type":"string","minLength":1},"description":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/evidencePat\
h"}}}}}},"scope":{"type":"object","additionalProperties":false,"required":[],"properties":{"statement":{"type":"string","minLength":1},"services":{"type":"array",
"items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id"},"name":{"type":"string","minLength":1},"\
description":{"type":"string","minLength":1}}}},"businessCategories":{"type":"array","items":{"type":"string","enum":["01.01","A","01.03","C","01.04","D","03.01",
"G","03.02","H","03.03","I","03.04","J","04.01","L","04.02","M","04.03","N","06.01","U","06.02","V","06.03","W","06.04","X"]},"uniqueItems":true},"otherParties":{
"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"type":"string","minLength":1},"kind":{"en\
um":["external-supplier","internal-supplier","customer-as-supplier"]},"processes":{"type":"array","items":{"$ref":"#/$defs/clauseId"}},"governedBy":{"type":"arr\
ay","items":{"$ref":"#/$defs/id"}}}}},"exclusions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":[],"properties":{"requiremen\
t":{"$ref":"#/$defs/requirementId"},"clause":{"$ref":"#/$defs/clauseId"},"justification":{"type":"string","minLength":1}},"anyOf":[{"required":["requirement"]},
{"required":["clause"]}]}}}},"sms":{"type":"object","additionalProperties":false,"required":["startDate"],"properties":{"startDate":{"$ref":"#/$defs/date"},"man\
agementRepresentative":{"type":"string","minLength":1}}},"context":{"type":"object","additionalProperties":false,"required":[],"properties":{"climateChange":{"t\
ype":"object","additionalProperties":false,"required":["relevant"],"properties":{"relevant":{"type":"boolean"},"rationale":{"type":"string","minLength":1}}}}},"\
documentSources":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"documents":{"$ref":"#/$defs/documents"},"records":{"type":"object",
"additionalProperties":false,"required":[],"properties":{"internalAudits":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id",
"date","status","clauses"],"properties":{"id":{"$ref":"#/$defs/id"},"date":{"$ref":"#/$defs/date"},"status":{"enum":["planned","completed"]},"clauses":{"type":"\
array","items":{"$ref":"#/$defs/clauseId"},"uniqueItems":true},"auditor":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/evidencePath"}}}},"manageme\
ntReviews":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","date","status"],"properties":{"id":{"$ref":"#/$defs/id"},"dat\
e":{"$ref":"#/$defs/date"},"status":{"enum":["planned","completed"]},"evidence":{"$ref":"#/$defs/evidencePath"}}}},"nonconformities":{"type":"array","items":{"t\
ype":"object","additionalProperties":false,"required":["id","description","grade","raised"],"properties":{"id":{"$ref":"#/$defs/id"},"description":{"type":"stri\
ng","minLength":1},"grade":{"enum":["major","minor"]},"clause":{"$ref":"#/$defs/clauseId"},"raised":{"$ref":"#/$defs/date"},"due":{"$ref":"#/$defs/date"},"close\
d":{"$ref":"#/$defs/date"},"evidence":{"$ref":"#/$defs/evidencePath"}}}},"registers":{"type":"array","items":{"type":"object","additionalProperties":false,"requ\
ired":["id","title","satisfies"],"properties":{"id":{"$ref":"#/$defs/id"},"title":{"type":"string","minLength":1},"satisfies":{"type":"array","items":{"$ref":"#\
/$defs/requirementId"},"uniqueItems":true},"owner":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/evidencePath"},"lastEntry":{"$ref":"#/$defs/date"}}}}}},
"waivers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","justification","approver","expires"],"properties":{"id":{"$ref":"\
#/$defs/id"},"rule":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"requirement":{"$ref":"#/$defs/requirementId"},"justification":{"type":"string","minL\
ength":1},"approver":{"type":"string","minLength":1},"expires":{"$ref":"#/$defs/date"}},"anyOf":[{"required":["rule"]},{"required":["requirement"]}]}},"applicat\
ion":{"type":"object","additionalProperties":false,"required":[],"properties":{"organizationProfile":{"$ref":"#/$defs/evidencePath"},"organizationChart":{"$ref":"\
#/$defs/evidencePath"},"businessProcesses":{"$ref":"#/$defs/evidencePath"},"documentList":{"$ref":"#/$defs/evidencePath"},"confidentialityStatement":{"$ref":"#/\
$defs/evidencePath"}}},"report":{"type":"object","additionalProperties":false,"required":[],"properties":{"preparedBy":{"type":"string","minLength":1},"logo":{"\
type":"string","minLength":1},"version":{"type":"string","minLength":1},"confidentiality":{"type":"string","minLength":1},"distribution":{"type":"array","items":{
"type":"string","minLength":1}}}}},"$defs":{"documents":{"type":"array","items":{"$ref":"#/$defs/document"}},"document":{"type":"object","additionalProperties":false,
"required":["id","title","satisfies"],"properties":{"id":{"$ref":"#/$defs/id"},"title":{"type":"string","minLength":1},"satisfies":{"type":"array","items":{"$re\
f":"#/$defs/requirementId"},"uniqueItems":true},"services":{"type":"array","items":{"$ref":"#/$defs/id"}},"owner":{"type":"string","minLength":1},"version":{"ty\
pe":"string","minLength":1},"status":{"enum":["draft","in-review","approved","retired"]},"approvalDate":{"$ref":"#/$defs/date"},"firstIssued":{"$ref":"#/$defs/d\
ate"},"nextReviewDate":{"$ref":"#/$defs/date"},"processes":{"type":"array","items":{"$ref":"#/$defs/clauseId"},"uniqueItems":true},"evidence":{"$ref":"#/$defs/e\
videncePath"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"date":{"type":"string","f\
ormat":"date"},"evidencePath":{"type":"string","minLength":1},"requirementId":{"type":"string","enum":["context-issues","interested-party-requirements","sms-sco\
pe","sms-processes","service-management-policy","roles-and-responsibilities","risk-management-approach","risks-and-opportunities","service-management-objectives",
"objectives-plan","service-management-plan","resource-plan","competence-records","awareness-records","communication-plan","document-control-procedure","required\
-procedures","conformity-records","knowledge-base","operational-control-records","service-requirements","other-party-governance","service-catalogue","asset-regi\
ster","configuration-information","service-stakeholders","service-complaint-records","customer-satisfaction-results","service-level-agreements","service-level-r\
eviews","external-supplier-contracts","supplier-dispute-records","supplier-performance-reviews","internal-agreements","service-budget","demand-forecast","capaci\
ty-plan","change-management-policy","change-records","change-schedule","new-service-plans","service-design","service-acceptance-criteria","release-policy","rele\
ase-records","incident-records","major-incident-procedure","service-request-records","service-request-instructions","problem-records","known-error-records","ava\
ilability-requirements","availability-risk-assessment","availability-monitoring-results","service-continuity-requirements","service-continuity-plan","continuity\
-risk-assessment","continuity-test-reports","information-security-policy","information-security-risk-assessment","information-security-controls","information-se\
curity-incident-records","monitoring-and-evaluation-results","internal-audit-programme","internal-audit-results","management-review-results","service-reports","\
nonconformity-records","improvement-evaluation-criteria","improvement-opportunity-records"]},"clauseId":{"type":"string","enum":["4","4.1","4.2","4.3","4.4","5",
"5.1","5.2","5.2.1","5.2.2","5.3","6","6.1","6.2","6.2.1","6.2.2","6.3","7","7.1","7.2","7.3","7.4","7.5","7.5.1","7.5.2","7.5.3","7.5.4","7.6","8","8.1","8.2",
"8.2.1","8.2.2","8.2.3","8.2.4","8.2.5","8.2.6","8.3","8.3.1","8.3.2","8.3.3","8.3.4","8.3.4.1","8.3.4.2","8.4","8.4.1","8.4.2","8.4.3","8.5","8.5.1","8.5.1.1",
"8.5.1.2","8.5.1.3","8.5.2","8.5.2.1","8.5.2.2","8.5.2.3","8.5.3","8.6","8.6.1","8.6.2","8.6.3","8.7","8.7.1","8.7.2","8.7.3","8.7.3.1","8.7.3.2","8.7.3.3","9",
"9.1","9.2","9.3","9.4","10","10.1","10.2"]}}};var schema32={"type":"string","minLength":1};var schema33={"type":"string","format":"date"};var schema35={"type":"\
string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"};var schema36={"type":"string","enum":["4","4.1","4.2","4.3","4.4","5","5.1","5.2","5.2.1","5.2.2","5.3","6","6\
.1","6.2","6.2.1","6.2.2","6.3","7","7.1","7.2","7.3","7.4","7.5","7.5.1","7.5.2","7.5.3","7.5.4","7.6","8","8.1","8.2","8.2.1","8.2.2","8.2.3","8.2.4","8.2.5",
"8.2.6","8.3","8.3.1","8.3.2","8.3.3","8.3.4","8.3.4.1","8.3.4.2","8.4","8.4.1","8.4.2","8.4.3","8.5","8.5.1","8.5.1.1","8.5.1.2","8.5.1.3","8.5.2","8.5.2.1","8\
.5.2.2","8.5.2.3","8.5.3","8.6","8.6.1","8.6.2","8.6.3","8.7","8.7.1","8.7.2","8.7.3","8.7.3.1","8.7.3.2","8.7.3.3","9","9.1","9.2","9.3","9.4","10","10.1","10.\
2"]};var schema38={"type":"string","enum":["context-issues","interested-party-requirements","sms-scope","sms-processes","service-management-policy","roles-and-r\
esponsibilities","risk-management-approach","risks-and-opportunities","service-management-objectives","objectives-plan","service-management-plan","resource-plan",
"competence-records","awareness-records","communication-plan","document-control-procedure","required-procedures","conformity-records","knowledge-base","operatio\
nal-control-records","service-requirements","other-party-governance","service-catalogue","asset-register","configuration-information","service-stakeholders","se\
rvice-complaint-records","customer-satisfaction-results","service-level-agreements","service-level-reviews","external-supplier-contracts","supplier-dispute-reco\
rds","supplier-performance-reviews","internal-agreements","service-budget","demand-forecast","capacity-plan","change-management-policy","change-records","change\
-schedule","new-service-plans","service-design","service-acceptance-criteria","release-policy","release-records","incident-records","major-incident-procedure","\
service-request-records","service-request-instructions","problem-records","known-error-records","availability-requirements","availability-risk-assessment","avai\
lability-monitoring-results","service-continuity-requirements","service-continuity-plan","continuity-risk-assessment","continuity-test-reports","information-sec\
urity-policy","information-security-risk-assessment","information-security-controls","information-security-incident-records","monitoring-and-evaluation-results",
"internal-audit-programme","internal-audit-results","management-review-results","service-reports","nonconformity-records","improvement-evaluation-criteria","imp\
rovement-opportunity-records"]};var func1=Object.prototype.hasOwnProperty;var func2=require_ucs2length().default;var func0=require_equal().default;var formats0=require_formats().
formats.date;var pattern4=new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$","u");var pattern14=new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$","u");var schema41={"type":"array","\
items":{"$ref":"#/$defs/document"}};var schema42={"type":"object","additionalProperties":false,"required":["id","title","satisfies"],"properties":{"id":{"$ref":"\
#/$defs/id"},"title":{"type":"string","minLength":1},"satisfies":{"type":"array","items":{"$ref":"#/$defs/requirementId"},"uniqueItems":true},"services":{"type":"\
array","items":{"$ref":"#/$defs/id"}},"owner":{"type":"string","minLength":1},"version":{"type":"string","minLength":1},"status":{"enum":["draft","in-review","a\
pproved","retired"]},"approvalDate":{"$ref":"#/$defs/date"},"firstIssued":{"$ref":"#/$defs/date"},"nextReviewDate":{"$ref":"#/$defs/date"},"processes":{"type":"\
array","items":{"$ref":"#/$defs/clauseId"},"uniqueItems":true},"evidence":{"$ref":"#/$defs/evidencePath"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
var pattern8=new RegExp("^[0-9a-f]{64}$","u");function validate22(data2,{instancePath="",parentData,parentDataProperty,rootData=data2,dynamicAnchors={}}={}){let vErrors=null;
let errors=0;const evaluated0=validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}if(data2&&
typeof data2=="object"&&!Array.isArray(data2)){if(data2.id===void 0){const err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"\
id"},message:"must have required property 'id'",schema:schema42.required,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}
errors++}if(data2.title===void 0){const err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"title"},message:"must have requir\
ed property 'title'",schema:schema42.required,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.push(err1)}errors++}if(data2.satisfies===
void 0){const err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"satisfies"},message:"must have required property 'satisfies\
'",schema:schema42.required,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}for(const key0 in data2){if(!func1.
call(schema42.properties,key0)){const err3={instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"\
must NOT have additional properties",schema:false,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err3]}else{vErrors.push(err3)}errors++}}if(data2.
id!==void 0){let data0=data2.id;if(typeof data0==="string"){if(!pattern4.test(data0)){const err4={instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",
keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]\
*$",parentSchema:schema35,data:data0};if(vErrors===null){vErrors=[err4]}else{vErrors.push(err4)}errors++}}else{const err5={instancePath:instancePath+"/id",schemaPath:"\
#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors===null){vErrors=
[err5]}else{vErrors.push(err5)}errors++}}if(data2.title!==void 0){let data1=data2.title;if(typeof data1==="string"){if(func2(data1)<1){const err6={instancePath:instancePath+
"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.
properties.title,data:data1};if(vErrors===null){vErrors=[err6]}else{vErrors.push(err6)}errors++}}else{const err7={instancePath:instancePath+"/title",schemaPath:"\
#/properties/title/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema42.properties.title.type,parentSchema:schema42.properties.title,
data:data1};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}errors++}}if(data2.satisfies!==void 0){let data22=data2.satisfies;if(Array.isArray(data22)){
const len0=data22.length;for(let i0=0;i0<len0;i0++){let data3=data22[i0];if(typeof data3!=="string"){const err8={instancePath:instancePath+"/satisfies/"+i0,schemaPath:"\
#/$defs/requirementId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};if(vErrors===null){
vErrors=[err8]}else{vErrors.push(err8)}errors++}if(!(data3==="context-issues"||data3==="interested-party-requirements"||data3==="sms-scope"||data3==="sms-proces\
ses"||data3==="service-management-policy"||data3==="roles-and-responsibilities"||data3==="risk-management-approach"||data3==="risks-and-opportunities"||data3===
"service-management-objectives"||data3==="objectives-plan"||data3==="service-management-plan"||data3==="resource-plan"||data3==="competence-records"||data3==="a\
wareness-records"||data3==="communication-plan"||data3==="document-control-procedure"||data3==="required-procedures"||data3==="conformity-records"||data3==="kno\
wledge-base"||data3==="operational-control-records"||data3==="service-requirements"||data3==="other-party-governance"||data3==="service-catalogue"||data3==="ass\
et-register"||data3==="configuration-information"||data3==="service-stakeholders"||data3==="service-complaint-records"||data3==="customer-satisfaction-results"||
data3==="service-level-agreements"||data3==="service-level-reviews"||data3==="external-supplier-contracts"||data3==="supplier-dispute-records"||data3==="supplie\
r-performance-reviews"||data3==="internal-agreements"||data3==="service-budget"||data3==="demand-forecast"||data3==="capacity-plan"||data3==="change-management-\
policy"||data3==="change-records"||data3==="change-schedule"||data3==="new-service-plans"||data3==="service-design"||data3==="service-acceptance-criteria"||data3===
"release-policy"||data3==="release-records"||data3==="incident-records"||data3==="major-incident-procedure"||data3==="service-request-records"||data3==="service\
-request-instructions"||data3==="problem-records"||data3==="known-error-records"||data3==="availability-requirements"||data3==="availability-risk-assessment"||data3===
"availability-monitoring-results"||data3==="service-continuity-requirements"||data3==="service-continuity-plan"||data3==="continuity-risk-assessment"||data3==="\
continuity-test-reports"||data3==="information-security-policy"||data3==="information-security-risk-assessment"||data3==="information-security-controls"||data3===
"information-security-incident-records"||data3==="monitoring-and-evaluation-results"||data3==="internal-audit-programme"||data3==="internal-audit-results"||data3===
"management-review-results"||data3==="service-reports"||data3==="nonconformity-records"||data3==="improvement-evaluation-criteria"||data3==="improvement-opportu\
nity-records")){const err9={instancePath:instancePath+"/satisfies/"+i0,schemaPath:"#/$defs/requirementId/enum",keyword:"enum",params:{allowedValues:schema38.enum},
message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data3};if(vErrors===null){vErrors=[err9]}else{vErrors.push(
err9)}errors++}}let i1=data22.length;let j0;if(i1>1){outer0:for(;i1--;){for(j0=i1;j0--;){if(func0(data22[i1],data22[j0])){const err10={instancePath:instancePath+
"/satisfies",schemaPath:"#/properties/satisfies/uniqueItems",keyword:"uniqueItems",params:{i:i1,j:j0},message:"must NOT have duplicate items (items ## "+j0+" an\
d "+i1+" are identical)",schema:true,parentSchema:schema42.properties.satisfies,data:data22};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++;
break outer0}}}}}else{const err11={instancePath:instancePath+"/satisfies",schemaPath:"#/properties/satisfies/type",keyword:"type",params:{type:"array"},message:"\
must be array",schema:schema42.properties.satisfies.type,parentSchema:schema42.properties.satisfies,data:data22};if(vErrors===null){vErrors=[err11]}else{vErrors.
push(err11)}errors++}}if(data2.services!==void 0){let data4=data2.services;if(Array.isArray(data4)){const len1=data4.length;for(let i2=0;i2<len1;i2++){let data5=data4[i2];
if(typeof data5==="string"){if(!pattern4.test(data5)){const err12={instancePath:instancePath+"/services/"+i2,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{
pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,
data:data5};if(vErrors===null){vErrors=[err12]}else{vErrors.push(err12)}errors++}}else{const err13={instancePath:instancePath+"/services/"+i2,schemaPath:"#/$def\
s/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};if(vErrors===null){vErrors=[err13]}else{
vErrors.push(err13)}errors++}}}else{const err14={instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type:"arra\
y"},message:"must be array",schema:schema42.properties.services.type,parentSchema:schema42.properties.services,data:data4};if(vErrors===null){vErrors=[err14]}else{
vErrors.push(err14)}errors++}}if(data2.owner!==void 0){let data6=data2.owner;if(typeof data6==="string"){if(func2(data6)<1){const err15={instancePath:instancePath+
"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.
properties.owner,data:data6};if(vErrors===null){vErrors=[err15]}else{vErrors.push(err15)}errors++}}else{const err16={instancePath:instancePath+"/owner",schemaPath:"\
#/properties/owner/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema42.properties.owner.type,parentSchema:schema42.properties.owner,
data:data6};if(vErrors===null){vErrors=[err16]}else{vErrors.push(err16)}errors++}}if(data2.version!==void 0){let data7=data2.version;if(typeof data7==="string"){
if(func2(data7)<1){const err17={instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit:1},message:"m\
ust NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.version,data:data7};if(vErrors===null){vErrors=[err17]}else{vErrors.push(err17)}
errors++}}else{const err18={instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type:"string"},message:"must be s\
tring",schema:schema42.properties.version.type,parentSchema:schema42.properties.version,data:data7};if(vErrors===null){vErrors=[err18]}else{vErrors.push(err18)}
errors++}}if(data2.status!==void 0){let data8=data2.status;if(!(data8==="draft"||data8==="in-review"||data8==="approved"||data8==="retired")){const err19={instancePath:instancePath+
"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues:schema42.properties.status.enum},message:"must be equal to one of the allow\
ed values",schema:schema42.properties.status.enum,parentSchema:schema42.properties.status,data:data8};if(vErrors===null){vErrors=[err19]}else{vErrors.push(err19)}
errors++}}if(data2.approvalDate!==void 0){let data9=data2.approvalDate;if(typeof data9==="string"){if(!formats0(data9)){const err20={instancePath:instancePath+"\
/approvalDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data9};
if(vErrors===null){vErrors=[err20]}else{vErrors.push(err20)}errors++}}else{const err21={instancePath:instancePath+"/approvalDate",schemaPath:"#/$defs/date/type",
keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};if(vErrors===null){vErrors=[err21]}else{vErrors.
push(err21)}errors++}}if(data2.firstIssued!==void 0){let data10=data2.firstIssued;if(typeof data10==="string"){if(!formats0(data10)){const err22={instancePath:instancePath+
"/firstIssued",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data10};
if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}errors++}}else{const err23={instancePath:instancePath+"/firstIssued",schemaPath:"#/$defs/date/type",
keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};if(vErrors===null){vErrors=[err23]}else{vErrors.
push(err23)}errors++}}if(data2.nextReviewDate!==void 0){let data11=data2.nextReviewDate;if(typeof data11==="string"){if(!formats0(data11)){const err24={instancePath:instancePath+
"/nextReviewDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,
data:data11};if(vErrors===null){vErrors=[err24]}else{vErrors.push(err24)}errors++}}else{const err25={instancePath:instancePath+"/nextReviewDate",schemaPath:"#/$\
defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};if(vErrors===null){vErrors=
[err25]}else{vErrors.push(err25)}errors++}}if(data2.processes!==void 0){let data12=data2.processes;if(Array.isArray(data12)){const len2=data12.length;for(let i3=0;i3<
len2;i3++){let data13=data12[i3];if(typeof data13!=="string"){const err26={instancePath:instancePath+"/processes/"+i3,schemaPath:"#/$defs/clauseId/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data13};if(vErrors===null){vErrors=[err26]}else{vErrors.push(
err26)}errors++}if(!(data13==="4"||data13==="4.1"||data13==="4.2"||data13==="4.3"||data13==="4.4"||data13==="5"||data13==="5.1"||data13==="5.2"||data13==="5.2.1"||
data13==="5.2.2"||data13==="5.3"||data13==="6"||data13==="6.1"||data13==="6.2"||data13==="6.2.1"||data13==="6.2.2"||data13==="6.3"||data13==="7"||data13==="7.1"||
data13==="7.2"||data13==="7.3"||data13==="7.4"||data13==="7.5"||data13==="7.5.1"||data13==="7.5.2"||data13==="7.5.3"||data13==="7.5.4"||data13==="7.6"||data13===
"8"||data13==="8.1"||data13==="8.2"||data13==="8.2.1"||data13==="8.2.2"||data13==="8.2.3"||data13==="8.2.4"||data13==="8.2.5"||data13==="8.2.6"||data13==="8.3"||
data13==="8.3.1"||data13==="8.3.2"||data13==="8.3.3"||data13==="8.3.4"||data13==="8.3.4.1"||data13==="8.3.4.2"||data13==="8.4"||data13==="8.4.1"||data13==="8.4.\
2"||data13==="8.4.3"||data13==="8.5"||data13==="8.5.1"||data13==="8.5.1.1"||data13==="8.5.1.2"||data13==="8.5.1.3"||data13==="8.5.2"||data13==="8.5.2.1"||data13===
"8.5.2.2"||data13==="8.5.2.3"||data13==="8.5.3"||data13==="8.6"||data13==="8.6.1"||data13==="8.6.2"||data13==="8.6.3"||data13==="8.7"||data13==="8.7.1"||data13===
"8.7.2"||data13==="8.7.3"||data13==="8.7.3.1"||data13==="8.7.3.2"||data13==="8.7.3.3"||data13==="9"||data13==="9.1"||data13==="9.2"||data13==="9.3"||data13==="9\
.4"||data13==="10"||data13==="10.1"||data13==="10.2")){const err27={instancePath:instancePath+"/processes/"+i3,schemaPath:"#/$defs/clauseId/enum",keyword:"enum",
params:{allowedValues:schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data13};if(vErrors===null){
vErrors=[err27]}else{vErrors.push(err27)}errors++}}let i4=data12.length;let j1;if(i4>1){outer1:for(;i4--;){for(j1=i4;j1--;){if(func0(data12[i4],data12[j1])){const err28={
instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/uniqueItems",keyword:"uniqueItems",params:{i:i4,j:j1},message:"must NOT have duplicate\
 items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema42.properties.processes,data:data12};if(vErrors===null){vErrors=[err28]}else{vErrors.
push(err28)}errors++;break outer1}}}}}else{const err29={instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/type",keyword:"type",params:{type:"\
array"},message:"must be array",schema:schema42.properties.processes.type,parentSchema:schema42.properties.processes,data:data12};if(vErrors===null){vErrors=[err29]}else{
vErrors.push(err29)}errors++}}if(data2.evidence!==void 0){let data14=data2.evidence;if(typeof data14==="string"){if(func2(data14)<1){const err30={instancePath:instancePath+
"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,
data:data14};if(vErrors===null){vErrors=[err30]}else{vErrors.push(err30)}errors++}}else{const err31={instancePath:instancePath+"/evidence",schemaPath:"#/$defs/e\
videncePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data14};if(vErrors===null){vErrors=
[err31]}else{vErrors.push(err31)}errors++}}if(data2.sha256!==void 0){let data15=data2.sha256;if(typeof data15==="string"){if(!pattern8.test(data15)){const err32={
instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern:"^[0-9a-f]{64}$"},message:'must match pattern "^[\
0-9a-f]{64}$"',schema:"^[0-9a-f]{64}$",parentSchema:schema42.properties.sha256,data:data15};if(vErrors===null){vErrors=[err32]}else{vErrors.push(err32)}errors++}}else{
const err33={instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema42.
properties.sha256.type,parentSchema:schema42.properties.sha256,data:data15};if(vErrors===null){vErrors=[err33]}else{vErrors.push(err33)}errors++}}}else{const err34={
instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data2};if(vErrors===
null){vErrors=[err34]}else{vErrors.push(err34)}errors++}validate22.errors=vErrors;return errors===0}validate22.evaluated={"props":true,"dynamicProps":false,"dyn\
amicItems":false};function validate21(data2,{instancePath="",parentData,parentDataProperty,rootData=data2,dynamicAnchors={}}={}){let vErrors=null;let errors=0;const evaluated0=validate21.
evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}if(Array.isArray(data2)){const len0=data2.length;
for(let i0=0;i0<len0;i0++){if(!validate22(data2[i0],{instancePath:instancePath+"/"+i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors})){vErrors=
vErrors===null?validate22.errors:vErrors.concat(validate22.errors);errors=vErrors.length}}}else{const err0={instancePath,schemaPath:"#/type",keyword:"type",params:{
type:"array"},message:"must be array",schema:schema41.type,parentSchema:schema41,data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}
validate21.errors=vErrors;return errors===0}validate21.evaluated={"items":true,"dynamicProps":false,"dynamicItems":false};function validate20(data2,{instancePath="",
parentData,parentDataProperty,rootData=data2,dynamicAnchors={}}={}){;let vErrors=null;let errors=0;const evaluated0=validate20.evaluated;if(evaluated0.dynamicProps){
evaluated0.props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.organization===void 0){
const err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"organization"},message:"must have required property 'organization'",
schema:schema31.required,parentSchema:schema31,data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}if(data2.scope===void 0){const err1={
instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"scope"},message:"must have required property 'scope'",schema:schema31.required,
parentSchema:schema31,data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.push(err1)}errors++}if(data2.sms===void 0){const err2={instancePath,schemaPath:"\
#/required",keyword:"required",params:{missingProperty:"sms"},message:"must have required property 'sms'",schema:schema31.required,parentSchema:schema31,data:data2};
if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}if(data2.documents===void 0){const err3={instancePath,schemaPath:"#/required",keyword:"requir\
ed",params:{missingProperty:"documents"},message:"must have required property 'documents'",schema:schema31.required,parentSchema:schema31,data:data2};if(vErrors===
null){vErrors=[err3]}else{vErrors.push(err3)}errors++}for(const key0 in data2){if(!func1.call(schema31.properties,key0)){const err4={instancePath,schemaPath:"#/\
additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,
data:data2};if(vErrors===null){vErrors=[err4]}else{vErrors.push(err4)}errors++}}if(data2.organization!==void 0){let data0=data2.organization;if(data0&&typeof data0==
"object"&&!Array.isArray(data0)){if(data0.name===void 0){const err5={instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/required",keyword:"\
required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:schema31.properties.organization.required,parentSchema:schema31.properties.
organization,data:data0};if(vErrors===null){vErrors=[err5]}else{vErrors.push(err5)}errors++}for(const key1 in data0){if(!(key1==="name"||key1==="legalEntity"||key1===
"sites"||key1==="penalties")){const err6={instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/additionalProperties",keyword:"additio\
nalProperties",params:{additionalProperty:key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization,data:data0};
if(vErrors===null){vErrors=[err6]}else{vErrors.push(err6)}errors++}}if(data0.name!==void 0){let data1=data0.name;if(typeof data1==="string"){if(func2(data1)<1){
const err7={instancePath:instancePath+"/organization/name",schemaPath:"#/properties/organization/properties/name/minLength",keyword:"minLength",params:{limit:1},
message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.name,data:data1};if(vErrors===null){vErrors=[err7]}else{
vErrors.push(err7)}errors++}}else{const err8={instancePath:instancePath+"/organization/name",schemaPath:"#/properties/organization/properties/name/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema31.properties.organization.properties.name.type,parentSchema:schema31.properties.organization.
properties.name,data:data1};if(vErrors===null){vErrors=[err8]}else{vErrors.push(err8)}errors++}}if(data0.legalEntity!==void 0){let data22=data0.legalEntity;if(data22&&
typeof data22=="object"&&!Array.isArray(data22)){for(const key2 in data22){if(!(key2==="name"||key2==="registrationId"||key2==="evidence")){const err9={instancePath:instancePath+
"/organization/legalEntity",schemaPath:"#/properties/organization/properties/legalEntity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key2},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.legalEntity,data:data22};if(vErrors===null){
vErrors=[err9]}else{vErrors.push(err9)}errors++}}if(data22.name!==void 0){let data3=data22.name;if(typeof data3==="string"){if(func2(data3)<1){const err10={instancePath:instancePath+
"/organization/legalEntity/name",schemaPath:"#/properties/organization/properties/legalEntity/properties/name/minLength",keyword:"minLength",params:{limit:1},message:"\
must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalEntity.properties.name,data:data3};if(vErrors===null){
vErrors=[err10]}else{vErrors.push(err10)}errors++}}else{const err11={instancePath:instancePath+"/organization/legalEntity/name",schemaPath:"#/properties/organiz\
ation/properties/legalEntity/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.organization.properties.
legalEntity.properties.name.type,parentSchema:schema31.properties.organization.properties.legalEntity.properties.name,data:data3};if(vErrors===null){vErrors=[err11]}else{
vErrors.push(err11)}errors++}}if(data22.registrationId!==void 0){let data4=data22.registrationId;if(typeof data4==="string"){if(func2(data4)<1){const err12={instancePath:instancePath+
"/organization/legalEntity/registrationId",schemaPath:"#/properties/organization/properties/legalEntity/properties/registrationId/minLength",keyword:"minLength",
params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalEntity.properties.registrationId,
data:data4};if(vErrors===null){vErrors=[err12]}else{vErrors.push(err12)}errors++}}else{const err13={instancePath:instancePath+"/organization/legalEntity/registr\
ationId",schemaPath:"#/properties/organization/properties/legalEntity/properties/registrationId/type",keyword:"type",params:{type:"string"},message:"must be str\
ing",schema:schema31.properties.organization.properties.legalEntity.properties.registrationId.type,parentSchema:schema31.properties.organization.properties.legalEntity.
properties.registrationId,data:data4};if(vErrors===null){vErrors=[err13]}else{vErrors.push(err13)}errors++}}if(data22.evidence!==void 0){let data5=data22.evidence;
if(typeof data5==="string"){if(func2(data5)<1){const err14={instancePath:instancePath+"/organization/legalEntity/evidence",schemaPath:"#/$defs/evidencePath/minL\
ength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};if(vErrors===null){vErrors=
[err14]}else{vErrors.push(err14)}errors++}}else{const err15={instancePath:instancePath+"/organization/legalEntity/evidence",schemaPath:"#/$defs/evidencePath/typ\
e",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};if(vErrors===null){vErrors=[err15]}else{
vErrors.push(err15)}errors++}}}else{const err16={instancePath:instancePath+"/organization/legalEntity",schemaPath:"#/properties/organization/properties/legalEnt\
ity/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.organization.properties.legalEntity.type,parentSchema:schema31.
properties.organization.properties.legalEntity,data:data22};if(vErrors===null){vErrors=[err16]}else{vErrors.push(err16)}errors++}}if(data0.sites!==void 0){let data6=data0.
sites;if(Array.isArray(data6)){const len0=data6.length;for(let i0=0;i0<len0;i0++){let data7=data6[i0];if(data7&&typeof data7=="object"&&!Array.isArray(data7)){if(data7.
name===void 0){const err17={instancePath:instancePath+"/organization/sites/"+i0,schemaPath:"#/properties/organization/properties/sites/items/required",keyword:"\
required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:schema31.properties.organization.properties.sites.items.required,parentSchema:schema31.
properties.organization.properties.sites.items,data:data7};if(vErrors===null){vErrors=[err17]}else{vErrors.push(err17)}errors++}for(const key3 in data7){if(!(key3===
"name"||key3==="address"||key3==="headcount")){const err18={instancePath:instancePath+"/organization/sites/"+i0,schemaPath:"#/properties/organization/properties\
/sites/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.
properties.organization.properties.sites.items,data:data7};if(vErrors===null){vErrors=[err18]}else{vErrors.push(err18)}errors++}}if(data7.name!==void 0){let data8=data7.
name;if(typeof data8==="string"){if(func2(data8)<1){const err19={instancePath:instancePath+"/organization/sites/"+i0+"/name",schemaPath:"#/properties/organizati\
on/properties/sites/items/properties/name/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.organization.properties.sites.items.properties.name,data:data8};if(vErrors===null){vErrors=[err19]}else{vErrors.push(err19)}errors++}}else{const err20={
instancePath:instancePath+"/organization/sites/"+i0+"/name",schemaPath:"#/properties/organization/properties/sites/items/properties/name/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema31.properties.organization.properties.sites.items.properties.name.type,parentSchema:schema31.properties.organization.
properties.sites.items.properties.name,data:data8};if(vErrors===null){vErrors=[err20]}else{vErrors.push(err20)}errors++}}if(data7.address!==void 0){let data9=data7.
address;if(typeof data9==="string"){if(func2(data9)<1){const err21={instancePath:instancePath+"/organization/sites/"+i0+"/address",schemaPath:"#/properties/orga\
nization/properties/sites/items/properties/address/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.organization.properties.sites.items.properties.address,data:data9};if(vErrors===null){vErrors=[err21]}else{vErrors.push(err21)}errors++}}else{const err22={
instancePath:instancePath+"/organization/sites/"+i0+"/address",schemaPath:"#/properties/organization/properties/sites/items/properties/address/type",keyword:"ty\
pe",params:{type:"string"},message:"must be string",schema:schema31.properties.organization.properties.sites.items.properties.address.type,parentSchema:schema31.
properties.organization.properties.sites.items.properties.address,data:data9};if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}errors++}}if(data7.headcount!==
void 0){let data10=data7.headcount;if(!(typeof data10=="number"&&(!(data10%1)&&!isNaN(data10))&&isFinite(data10))){const err23={instancePath:instancePath+"/orga\
nization/sites/"+i0+"/headcount",schemaPath:"#/properties/organization/properties/sites/items/properties/headcount/type",keyword:"type",params:{type:"integer"},
message:"must be integer",schema:schema31.properties.organization.properties.sites.items.properties.headcount.type,parentSchema:schema31.properties.organization.
properties.sites.items.properties.headcount,data:data10};if(vErrors===null){vErrors=[err23]}else{vErrors.push(err23)}errors++}if(typeof data10=="number"&&isFinite(
data10)){if(data10<1||isNaN(data10)){const err24={instancePath:instancePath+"/organization/sites/"+i0+"/headcount",schemaPath:"#/properties/organization/propert\
ies/sites/items/properties/headcount/minimum",keyword:"minimum",params:{comparison:">=",limit:1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.
organization.properties.sites.items.properties.headcount,data:data10};if(vErrors===null){vErrors=[err24]}else{vErrors.push(err24)}errors++}}}}else{const err25={
instancePath:instancePath+"/organization/sites/"+i0,schemaPath:"#/properties/organization/properties/sites/items/type",keyword:"type",params:{type:"object"},message:"\
must be object",schema:schema31.properties.organization.properties.sites.items.type,parentSchema:schema31.properties.organization.properties.sites.items,data:data7};
if(vErrors===null){vErrors=[err25]}else{vErrors.push(err25)}errors++}}}else{const err26={instancePath:instancePath+"/organization/sites",schemaPath:"#/propertie\
s/organization/properties/sites/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.organization.properties.sites.type,
parentSchema:schema31.properties.organization.properties.sites,data:data6};if(vErrors===null){vErrors=[err26]}else{vErrors.push(err26)}errors++}}if(data0.penalties!==
void 0){let data11=data0.penalties;if(Array.isArray(data11)){const len1=data11.length;for(let i1=0;i1<len1;i1++){let data12=data11[i1];if(data12&&typeof data12==
"object"&&!Array.isArray(data12)){if(data12.date===void 0){const err27={instancePath:instancePath+"/organization/penalties/"+i1,schemaPath:"#/properties/organiz\
ation/properties/penalties/items/required",keyword:"required",params:{missingProperty:"date"},message:"must have required property 'date'",schema:schema31.properties.
organization.properties.penalties.items.required,parentSchema:schema31.properties.organization.properties.penalties.items,data:data12};if(vErrors===null){vErrors=
[err27]}else{vErrors.push(err27)}errors++}if(data12.authority===void 0){const err28={instancePath:instancePath+"/organization/penalties/"+i1,schemaPath:"#/prope\
rties/organization/properties/penalties/items/required",keyword:"required",params:{missingProperty:"authority"},message:"must have required property 'authority'",
schema:schema31.properties.organization.properties.penalties.items.required,parentSchema:schema31.properties.organization.properties.penalties.items,data:data12};
if(vErrors===null){vErrors=[err28]}else{vErrors.push(err28)}errors++}if(data12.description===void 0){const err29={instancePath:instancePath+"/organization/penal\
ties/"+i1,schemaPath:"#/properties/organization/properties/penalties/items/required",keyword:"required",params:{missingProperty:"description"},message:"must hav\
e required property 'description'",schema:schema31.properties.organization.properties.penalties.items.required,parentSchema:schema31.properties.organization.properties.
penalties.items,data:data12};if(vErrors===null){vErrors=[err29]}else{vErrors.push(err29)}errors++}for(const key4 in data12){if(!(key4==="date"||key4==="authorit\
y"||key4==="description"||key4==="evidence")){const err30={instancePath:instancePath+"/organization/penalties/"+i1,schemaPath:"#/properties/organization/propert\
ies/penalties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key4},message:"must NOT have additional properties",schema:false,
parentSchema:schema31.properties.organization.properties.penalties.items,data:data12};if(vErrors===null){vErrors=[err30]}else{vErrors.push(err30)}errors++}}if(data12.
date!==void 0){let data13=data12.date;if(typeof data13==="string"){if(!formats0(data13)){const err31={instancePath:instancePath+"/organization/penalties/"+i1+"/\
date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data13};
if(vErrors===null){vErrors=[err31]}else{vErrors.push(err31)}errors++}}else{const err32={instancePath:instancePath+"/organization/penalties/"+i1+"/date",schemaPath:"\
#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};if(vErrors===null){vErrors=
[err32]}else{vErrors.push(err32)}errors++}}if(data12.authority!==void 0){let data14=data12.authority;if(typeof data14==="string"){if(func2(data14)<1){const err33={
instancePath:instancePath+"/organization/penalties/"+i1+"/authority",schemaPath:"#/properties/organization/properties/penalties/items/properties/authority/minLe\
ngth",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.penalties.
items.properties.authority,data:data14};if(vErrors===null){vErrors=[err33]}else{vErrors.push(err33)}errors++}}else{const err34={instancePath:instancePath+"/orga\
nization/penalties/"+i1+"/authority",schemaPath:"#/properties/organization/properties/penalties/items/properties/authority/type",keyword:"type",params:{type:"st\
ring"},message:"must be string",schema:schema31.properties.organization.properties.penalties.items.properties.authority.type,parentSchema:schema31.properties.organization.
properties.penalties.items.properties.authority,data:data14};if(vErrors===null){vErrors=[err34]}else{vErrors.push(err34)}errors++}}if(data12.description!==void 0){
let data15=data12.description;if(typeof data15==="string"){if(func2(data15)<1){const err35={instancePath:instancePath+"/organization/penalties/"+i1+"/descriptio\
n",schemaPath:"#/properties/organization/properties/penalties/items/properties/description/minLength",keyword:"minLength",params:{limit:1},message:"must NOT hav\
e fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.penalties.items.properties.description,data:data15};if(vErrors===null){
vErrors=[err35]}else{vErrors.push(err35)}errors++}}else{const err36={instancePath:instancePath+"/organization/penalties/"+i1+"/description",schemaPath:"#/proper\
ties/organization/properties/penalties/items/properties/description/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.
organization.properties.penalties.items.properties.description.type,parentSchema:schema31.properties.organization.properties.penalties.items.properties.description,
data:data15};if(vErrors===null){vErrors=[err36]}else{vErrors.push(err36)}errors++}}if(data12.evidence!==void 0){let data16=data12.evidence;if(typeof data16==="s\
tring"){if(func2(data16)<1){const err37={instancePath:instancePath+"/organization/penalties/"+i1+"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"\
minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data16};if(vErrors===null){vErrors=[err37]}else{
vErrors.push(err37)}errors++}}else{const err38={instancePath:instancePath+"/organization/penalties/"+i1+"/evidence",schemaPath:"#/$defs/evidencePath/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data16};if(vErrors===null){vErrors=[err38]}else{vErrors.push(
err38)}errors++}}}else{const err39={instancePath:instancePath+"/organization/penalties/"+i1,schemaPath:"#/properties/organization/properties/penalties/items/typ\
e",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.organization.properties.penalties.items.type,parentSchema:schema31.
properties.organization.properties.penalties.items,data:data12};if(vErrors===null){vErrors=[err39]}else{vErrors.push(err39)}errors++}}}else{const err40={instancePath:instancePath+
"/organization/penalties",schemaPath:"#/properties/organization/properties/penalties/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.
properties.organization.properties.penalties.type,parentSchema:schema31.properties.organization.properties.penalties,data:data11};if(vErrors===null){vErrors=[err40]}else{
vErrors.push(err40)}errors++}}}else{const err41={instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type:"\
object"},message:"must be object",schema:schema31.properties.organization.type,parentSchema:schema31.properties.organization,data:data0};if(vErrors===null){vErrors=
[err41]}else{vErrors.push(err41)}errors++}}if(data2.scope!==void 0){let data17=data2.scope;if(data17&&typeof data17=="object"&&!Array.isArray(data17)){for(const key5 in data17){
if(!(key5==="statement"||key5==="services"||key5==="businessCategories"||key5==="otherParties"||key5==="exclusions")){const err42={instancePath:instancePath+"/s\
cope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key5},message:"must NOT have additional pro\
perties",schema:false,parentSchema:schema31.properties.scope,data:data17};if(vErrors===null){vErrors=[err42]}else{vErrors.push(err42)}errors++}}if(data17.statement!==
void 0){let data18=data17.statement;if(typeof data18==="string"){if(func2(data18)<1){const err43={instancePath:instancePath+"/scope/statement",schemaPath:"#/pro\
perties/scope/properties/statement/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.scope.properties.statement,data:data18};if(vErrors===null){vErrors=[err43]}else{vErrors.push(err43)}errors++}}else{const err44={instancePath:instancePath+
"/scope/statement",schemaPath:"#/properties/scope/properties/statement/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.
scope.properties.statement.type,parentSchema:schema31.properties.scope.properties.statement,data:data18};if(vErrors===null){vErrors=[err44]}else{vErrors.push(err44)}
errors++}}if(data17.services!==void 0){let data19=data17.services;if(Array.isArray(data19)){const len2=data19.length;for(let i2=0;i2<len2;i2++){let data20=data19[i2];
if(data20&&typeof data20=="object"&&!Array.isArray(data20)){if(data20.id===void 0){const err45={instancePath:instancePath+"/scope/services/"+i2,schemaPath:"#/pr\
operties/scope/properties/services/items/required",keyword:"required",params:{missingProperty:"id"},message:"must have required property 'id'",schema:schema31.properties.
scope.properties.services.items.required,parentSchema:schema31.properties.scope.properties.services.items,data:data20};if(vErrors===null){vErrors=[err45]}else{vErrors.
push(err45)}errors++}if(data20.name===void 0){const err46={instancePath:instancePath+"/scope/services/"+i2,schemaPath:"#/properties/scope/properties/services/it\
ems/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:schema31.properties.scope.properties.services.
items.required,parentSchema:schema31.properties.scope.properties.services.items,data:data20};if(vErrors===null){vErrors=[err46]}else{vErrors.push(err46)}errors++}
for(const key6 in data20){if(!(key6==="id"||key6==="name"||key6==="description")){const err47={instancePath:instancePath+"/scope/services/"+i2,schemaPath:"#/pro\
perties/scope/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key6},message:"must NOT have additional \
properties",schema:false,parentSchema:schema31.properties.scope.properties.services.items,data:data20};if(vErrors===null){vErrors=[err47]}else{vErrors.push(err47)}
errors++}}if(data20.id!==void 0){let data21=data20.id;if(typeof data21==="string"){if(!pattern4.test(data21)){const err48={instancePath:instancePath+"/scope/ser\
vices/"+i2+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Z\
a-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data21};if(vErrors===null){vErrors=[err48]}else{vErrors.push(err48)}errors++}}else{
const err49={instancePath:instancePath+"/scope/services/"+i2+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.
type,parentSchema:schema35,data:data21};if(vErrors===null){vErrors=[err49]}else{vErrors.push(err49)}errors++}}if(data20.name!==void 0){let data22=data20.name;if(typeof data22===
"string"){if(func2(data22)<1){const err50={instancePath:instancePath+"/scope/services/"+i2+"/name",schemaPath:"#/properties/scope/properties/services/items/prop\
erties/name/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.
services.items.properties.name,data:data22};if(vErrors===null){vErrors=[err50]}else{vErrors.push(err50)}errors++}}else{const err51={instancePath:instancePath+"/\
scope/services/"+i2+"/name",schemaPath:"#/properties/scope/properties/services/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must b\
e string",schema:schema31.properties.scope.properties.services.items.properties.name.type,parentSchema:schema31.properties.scope.properties.services.items.properties.
name,data:data22};if(vErrors===null){vErrors=[err51]}else{vErrors.push(err51)}errors++}}if(data20.description!==void 0){let data23=data20.description;if(typeof data23===
"string"){if(func2(data23)<1){const err52={instancePath:instancePath+"/scope/services/"+i2+"/description",schemaPath:"#/properties/scope/properties/services/ite\
ms/properties/description/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.
scope.properties.services.items.properties.description,data:data23};if(vErrors===null){vErrors=[err52]}else{vErrors.push(err52)}errors++}}else{const err53={instancePath:instancePath+
"/scope/services/"+i2+"/description",schemaPath:"#/properties/scope/properties/services/items/properties/description/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema31.properties.scope.properties.services.items.properties.description.type,parentSchema:schema31.properties.scope.properties.
services.items.properties.description,data:data23};if(vErrors===null){vErrors=[err53]}else{vErrors.push(err53)}errors++}}}else{const err54={instancePath:instancePath+
"/scope/services/"+i2,schemaPath:"#/properties/scope/properties/services/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.
properties.scope.properties.services.items.type,parentSchema:schema31.properties.scope.properties.services.items,data:data20};if(vErrors===null){vErrors=[err54]}else{
vErrors.push(err54)}errors++}}}else{const err55={instancePath:instancePath+"/scope/services",schemaPath:"#/properties/scope/properties/services/type",keyword:"t\
ype",params:{type:"array"},message:"must be array",schema:schema31.properties.scope.properties.services.type,parentSchema:schema31.properties.scope.properties.services,
data:data19};if(vErrors===null){vErrors=[err55]}else{vErrors.push(err55)}errors++}}if(data17.businessCategories!==void 0){let data24=data17.businessCategories;if(Array.
isArray(data24)){const len3=data24.length;for(let i3=0;i3<len3;i3++){let data25=data24[i3];if(typeof data25!=="string"){const err56={instancePath:instancePath+"\
/scope/businessCategories/"+i3,schemaPath:"#/properties/scope/properties/businessCategories/items/type",keyword:"type",params:{type:"string"},message:"must be s\
tring",schema:schema31.properties.scope.properties.businessCategories.items.type,parentSchema:schema31.properties.scope.properties.businessCategories.items,data:data25};
if(vErrors===null){vErrors=[err56]}else{vErrors.push(err56)}errors++}if(!(data25==="01.01"||data25==="A"||data25==="01.03"||data25==="C"||data25==="01.04"||data25===
"D"||data25==="03.01"||data25==="G"||data25==="03.02"||data25==="H"||data25==="03.03"||data25==="I"||data25==="03.04"||data25==="J"||data25==="04.01"||data25===
"L"||data25==="04.02"||data25==="M"||data25==="04.03"||data25==="N"||data25==="06.01"||data25==="U"||data25==="06.02"||data25==="V"||data25==="06.03"||data25===
"W"||data25==="06.04"||data25==="X")){const err57={instancePath:instancePath+"/scope/businessCategories/"+i3,schemaPath:"#/properties/scope/properties/businessC\
ategories/items/enum",keyword:"enum",params:{allowedValues:schema31.properties.scope.properties.businessCategories.items.enum},message:"must be equal to one of \
the allowed values",schema:schema31.properties.scope.properties.businessCategories.items.enum,parentSchema:schema31.properties.scope.properties.businessCategories.
items,data:data25};if(vErrors===null){vErrors=[err57]}else{vErrors.push(err57)}errors++}}let i4=data24.length;let j0;if(i4>1){const indices0={};for(;i4--;){let item0=data24[i4];
if(typeof item0!=="string"){continue}if(typeof indices0[item0]=="number"){j0=indices0[item0];const err58={instancePath:instancePath+"/scope/businessCategories",
schemaPath:"#/properties/scope/properties/businessCategories/uniqueItems",keyword:"uniqueItems",params:{i:i4,j:j0},message:"must NOT have duplicate items (items\
 ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema31.properties.scope.properties.businessCategories,data:data24};if(vErrors===null){vErrors=[
err58]}else{vErrors.push(err58)}errors++;break}indices0[item0]=i4}}}else{const err59={instancePath:instancePath+"/scope/businessCategories",schemaPath:"#/proper\
ties/scope/properties/businessCategories/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.scope.properties.businessCategories.
type,parentSchema:schema31.properties.scope.properties.businessCategories,data:data24};if(vErrors===null){vErrors=[err59]}else{vErrors.push(err59)}errors++}}if(data17.
otherParties!==void 0){let data26=data17.otherParties;if(Array.isArray(data26)){const len4=data26.length;for(let i5=0;i5<len4;i5++){let data27=data26[i5];if(data27&&
typeof data27=="object"&&!Array.isArray(data27)){if(data27.name===void 0){const err60={instancePath:instancePath+"/scope/otherParties/"+i5,schemaPath:"#/propert\
ies/scope/properties/otherParties/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:schema31.
properties.scope.properties.otherParties.items.required,parentSchema:schema31.properties.scope.properties.otherParties.items,data:data27};if(vErrors===null){vErrors=
[err60]}else{vErrors.push(err60)}errors++}if(data27.kind===void 0){const err61={instancePath:instancePath+"/scope/otherParties/"+i5,schemaPath:"#/properties/sco\
pe/properties/otherParties/items/required",keyword:"required",params:{missingProperty:"kind"},message:"must have required property 'kind'",schema:schema31.properties.
scope.properties.otherParties.items.required,parentSchema:schema31.properties.scope.properties.otherParties.items,data:data27};if(vErrors===null){vErrors=[err61]}else{
vErrors.push(err61)}errors++}for(const key7 in data27){if(!(key7==="name"||key7==="kind"||key7==="processes"||key7==="governedBy")){const err62={instancePath:instancePath+
"/scope/otherParties/"+i5,schemaPath:"#/properties/scope/properties/otherParties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key7},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope.properties.otherParties.items,data:data27};if(vErrors===null){
vErrors=[err62]}else{vErrors.push(err62)}errors++}}if(data27.name!==void 0){let data28=data27.name;if(typeof data28==="string"){if(func2(data28)<1){const err63={
instancePath:instancePath+"/scope/otherParties/"+i5+"/name",schemaPath:"#/properties/scope/properties/otherParties/items/properties/name/minLength",keyword:"min\
Length",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.otherParties.items.properties.
name,data:data28};if(vErrors===null){vErrors=[err63]}else{vErrors.push(err63)}errors++}}else{const err64={instancePath:instancePath+"/scope/otherParties/"+i5+"/\
name",schemaPath:"#/properties/scope/properties/otherParties/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.
properties.scope.properties.otherParties.items.properties.name.type,parentSchema:schema31.properties.scope.properties.otherParties.items.properties.name,data:data28};
if(vErrors===null){vErrors=[err64]}else{vErrors.push(err64)}errors++}}if(data27.kind!==void 0){let data29=data27.kind;if(!(data29==="external-supplier"||data29===
"internal-supplier"||data29==="customer-as-supplier")){const err65={instancePath:instancePath+"/scope/otherParties/"+i5+"/kind",schemaPath:"#/properties/scope/p\
roperties/otherParties/items/properties/kind/enum",keyword:"enum",params:{allowedValues:schema31.properties.scope.properties.otherParties.items.properties.kind.
enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scope.properties.otherParties.items.properties.kind.enum,parentSchema:schema31.
properties.scope.properties.otherParties.items.properties.kind,data:data29};if(vErrors===null){vErrors=[err65]}else{vErrors.push(err65)}errors++}}if(data27.processes!==
void 0){let data30=data27.processes;if(Array.isArray(data30)){const len5=data30.length;for(let i6=0;i6<len5;i6++){let data31=data30[i6];if(typeof data31!=="stri\
ng"){const err66={instancePath:instancePath+"/scope/otherParties/"+i5+"/processes/"+i6,schemaPath:"#/$defs/clauseId/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema36.type,parentSchema:schema36,data:data31};if(vErrors===null){vErrors=[err66]}else{vErrors.push(err66)}errors++}if(!(data31===
"4"||data31==="4.1"||data31==="4.2"||data31==="4.3"||data31==="4.4"||data31==="5"||data31==="5.1"||data31==="5.2"||data31==="5.2.1"||data31==="5.2.2"||data31===
"5.3"||data31==="6"||data31==="6.1"||data31==="6.2"||data31==="6.2.1"||data31==="6.2.2"||data31==="6.3"||data31==="7"||data31==="7.1"||data31==="7.2"||data31===
"7.3"||data31==="7.4"||data31==="7.5"||data31==="7.5.1"||data31==="7.5.2"||data31==="7.5.3"||data31==="7.5.4"||data31==="7.6"||data31==="8"||data31==="8.1"||data31===
"8.2"||data31==="8.2.1"||data31==="8.2.2"||data31==="8.2.3"||data31==="8.2.4"||data31==="8.2.5"||data31==="8.2.6"||data31==="8.3"||data31==="8.3.1"||data31==="8\
.3.2"||data31==="8.3.3"||data31==="8.3.4"||data31==="8.3.4.1"||data31==="8.3.4.2"||data31==="8.4"||data31==="8.4.1"||data31==="8.4.2"||data31==="8.4.3"||data31===
"8.5"||data31==="8.5.1"||data31==="8.5.1.1"||data31==="8.5.1.2"||data31==="8.5.1.3"||data31==="8.5.2"||data31==="8.5.2.1"||data31==="8.5.2.2"||data31==="8.5.2.3"||
data31==="8.5.3"||data31==="8.6"||data31==="8.6.1"||data31==="8.6.2"||data31==="8.6.3"||data31==="8.7"||data31==="8.7.1"||data31==="8.7.2"||data31==="8.7.3"||data31===
"8.7.3.1"||data31==="8.7.3.2"||data31==="8.7.3.3"||data31==="9"||data31==="9.1"||data31==="9.2"||data31==="9.3"||data31==="9.4"||data31==="10"||data31==="10.1"||
data31==="10.2")){const err67={instancePath:instancePath+"/scope/otherParties/"+i5+"/processes/"+i6,schemaPath:"#/$defs/clauseId/enum",keyword:"enum",params:{allowedValues:schema36.
enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data31};if(vErrors===null){vErrors=[err67]}else{vErrors.
push(err67)}errors++}}}else{const err68={instancePath:instancePath+"/scope/otherParties/"+i5+"/processes",schemaPath:"#/properties/scope/properties/otherParties\
/items/properties/processes/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.scope.properties.otherParties.items.properties.
processes.type,parentSchema:schema31.properties.scope.properties.otherParties.items.properties.processes,data:data30};if(vErrors===null){vErrors=[err68]}else{vErrors.
push(err68)}errors++}}if(data27.governedBy!==void 0){let data32=data27.governedBy;if(Array.isArray(data32)){const len6=data32.length;for(let i7=0;i7<len6;i7++){
let data33=data32[i7];if(typeof data33==="string"){if(!pattern4.test(data33)){const err69={instancePath:instancePath+"/scope/otherParties/"+i5+"/governedBy/"+i7,
schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"\
^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data33};if(vErrors===null){vErrors=[err69]}else{vErrors.push(err69)}errors++}}else{const err70={instancePath:instancePath+
"/scope/otherParties/"+i5+"/governedBy/"+i7,schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,parentSchema:schema35,
data:data33};if(vErrors===null){vErrors=[err70]}else{vErrors.push(err70)}errors++}}}else{const err71={instancePath:instancePath+"/scope/otherParties/"+i5+"/gove\
rnedBy",schemaPath:"#/properties/scope/properties/otherParties/items/properties/governedBy/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.
properties.scope.properties.otherParties.items.properties.governedBy.type,parentSchema:schema31.properties.scope.properties.otherParties.items.properties.governedBy,
data:data32};if(vErrors===null){vErrors=[err71]}else{vErrors.push(err71)}errors++}}}else{const err72={instancePath:instancePath+"/scope/otherParties/"+i5,schemaPath:"\
#/properties/scope/properties/otherParties/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.scope.properties.
otherParties.items.type,parentSchema:schema31.properties.scope.properties.otherParties.items,data:data27};if(vErrors===null){vErrors=[err72]}else{vErrors.push(err72)}
errors++}}}else{const err73={instancePath:instancePath+"/scope/otherParties",schemaPath:"#/properties/scope/properties/otherParties/type",keyword:"type",params:{
type:"array"},message:"must be array",schema:schema31.properties.scope.properties.otherParties.type,parentSchema:schema31.properties.scope.properties.otherParties,
data:data26};if(vErrors===null){vErrors=[err73]}else{vErrors.push(err73)}errors++}}if(data17.exclusions!==void 0){let data34=data17.exclusions;if(Array.isArray(
data34)){const len7=data34.length;for(let i8=0;i8<len7;i8++){let data35=data34[i8];const _errs86=errors;let valid31=false;const _errs87=errors;if(data35&&typeof data35==
"object"&&!Array.isArray(data35)){if(data35.requirement===void 0){const err74={instancePath:instancePath+"/scope/exclusions/"+i8,schemaPath:"#/properties/scope/\
properties/exclusions/items/anyOf/0/required",keyword:"required",params:{missingProperty:"requirement"},message:"must have required property 'requirement'",schema:schema31.
properties.scope.properties.exclusions.items.anyOf[0].required,parentSchema:schema31.properties.scope.properties.exclusions.items.anyOf[0],data:data35};if(vErrors===
null){vErrors=[err74]}else{vErrors.push(err74)}errors++}}var _valid0=_errs87===errors;valid31=valid31||_valid0;const _errs88=errors;if(data35&&typeof data35=="o\
bject"&&!Array.isArray(data35)){if(data35.clause===void 0){const err75={instancePath:instancePath+"/scope/exclusions/"+i8,schemaPath:"#/properties/scope/propert\
ies/exclusions/items/anyOf/1/required",keyword:"required",params:{missingProperty:"clause"},message:"must have required property 'clause'",schema:schema31.properties.
scope.properties.exclusions.items.anyOf[1].required,parentSchema:schema31.properties.scope.properties.exclusions.items.anyOf[1],data:data35};if(vErrors===null){
vErrors=[err75]}else{vErrors.push(err75)}errors++}}var _valid0=_errs88===errors;valid31=valid31||_valid0;if(!valid31){const err76={instancePath:instancePath+"/s\
cope/exclusions/"+i8,schemaPath:"#/properties/scope/properties/exclusions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.
properties.scope.properties.exclusions.items.anyOf,parentSchema:schema31.properties.scope.properties.exclusions.items,data:data35};if(vErrors===null){vErrors=[err76]}else{
vErrors.push(err76)}errors++}else{errors=_errs86;if(vErrors!==null){if(_errs86){vErrors.length=_errs86}else{vErrors=null}}}if(data35&&typeof data35=="object"&&!Array.
isArray(data35)){for(const key8 in data35){if(!(key8==="requirement"||key8==="clause"||key8==="justification")){const err77={instancePath:instancePath+"/scope/e\
xclusions/"+i8,schemaPath:"#/properties/scope/properties/exclusions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key8},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope.properties.exclusions.items,data:data35};if(vErrors===null){vErrors=
[err77]}else{vErrors.push(err77)}errors++}}if(data35.requirement!==void 0){let data36=data35.requirement;if(typeof data36!=="string"){const err78={instancePath:instancePath+
"/scope/exclusions/"+i8+"/requirement",schemaPath:"#/$defs/requirementId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema38.type,
parentSchema:schema38,data:data36};if(vErrors===null){vErrors=[err78]}else{vErrors.push(err78)}errors++}if(!(data36==="context-issues"||data36==="interested-par\
ty-requirements"||data36==="sms-scope"||data36==="sms-processes"||data36==="service-management-policy"||data36==="roles-and-responsibilities"||data36==="risk-ma\
nagement-approach"||data36==="risks-and-opportunities"||data36==="service-management-objectives"||data36==="objectives-plan"||data36==="service-management-plan"||
data36==="resource-plan"||data36==="competence-records"||data36==="awareness-records"||data36==="communication-plan"||data36==="document-control-procedure"||data36===
"required-procedures"||data36==="conformity-records"||data36==="knowledge-base"||data36==="operational-control-records"||data36==="service-requirements"||data36===
"other-party-governance"||data36==="service-catalogue"||data36==="asset-register"||data36==="configuration-information"||data36==="service-stakeholders"||data36===
"service-complaint-records"||data36==="customer-satisfaction-results"||data36==="service-level-agreements"||data36==="service-level-reviews"||data36==="external\
-supplier-contracts"||data36==="supplier-dispute-records"||data36==="supplier-performance-reviews"||data36==="internal-agreements"||data36==="service-budget"||data36===
"demand-forecast"||data36==="capacity-plan"||data36==="change-management-policy"||data36==="change-records"||data36==="change-schedule"||data36==="new-service-p\
lans"||data36==="service-design"||data36==="service-acceptance-criteria"||data36==="release-policy"||data36==="release-records"||data36==="incident-records"||data36===
"major-incident-procedure"||data36==="service-request-records"||data36==="service-request-instructions"||data36==="problem-records"||data36==="known-error-recor\
ds"||data36==="availability-requirements"||data36==="availability-risk-assessment"||data36==="availability-monitoring-results"||data36==="service-continuity-req\
uirements"||data36==="service-continuity-plan"||data36==="continuity-risk-assessment"||data36==="continuity-test-reports"||data36==="information-security-policy"||
data36==="information-security-risk-assessment"||data36==="information-security-controls"||data36==="information-security-incident-records"||data36==="monitorin\
g-and-evaluation-results"||data36==="internal-audit-programme"||data36==="internal-audit-results"||data36==="management-review-results"||data36==="service-repor\
ts"||data36==="nonconformity-records"||data36==="improvement-evaluation-criteria"||data36==="improvement-opportunity-records")){const err79={instancePath:instancePath+
"/scope/exclusions/"+i8+"/requirement",schemaPath:"#/$defs/requirementId/enum",keyword:"enum",params:{allowedValues:schema38.enum},message:"must be equal to one\
 of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data36};if(vErrors===null){vErrors=[err79]}else{vErrors.push(err79)}errors++}}if(data35.
clause!==void 0){let data37=data35.clause;if(typeof data37!=="string"){const err80={instancePath:instancePath+"/scope/exclusions/"+i8+"/clause",schemaPath:"#/$d\
efs/clauseId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data37};if(vErrors===null){vErrors=
[err80]}else{vErrors.push(err80)}errors++}if(!(data37==="4"||data37==="4.1"||data37==="4.2"||data37==="4.3"||data37==="4.4"||data37==="5"||data37==="5.1"||data37===
"5.2"||data37==="5.2.1"||data37==="5.2.2"||data37==="5.3"||data37==="6"||data37==="6.1"||data37==="6.2"||data37==="6.2.1"||data37==="6.2.2"||data37==="6.3"||data37===
"7"||data37==="7.1"||data37==="7.2"||data37==="7.3"||data37==="7.4"||data37==="7.5"||data37==="7.5.1"||data37==="7.5.2"||data37==="7.5.3"||data37==="7.5.4"||data37===
"7.6"||data37==="8"||data37==="8.1"||data37==="8.2"||data37==="8.2.1"||data37==="8.2.2"||data37==="8.2.3"||data37==="8.2.4"||data37==="8.2.5"||data37==="8.2.6"||
data37==="8.3"||data37==="8.3.1"||data37==="8.3.2"||data37==="8.3.3"||data37==="8.3.4"||data37==="8.3.4.1"||data37==="8.3.4.2"||data37==="8.4"||data37==="8.4.1"||
data37==="8.4.2"||data37==="8.4.3"||data37==="8.5"||data37==="8.5.1"||data37==="8.5.1.1"||data37==="8.5.1.2"||data37==="8.5.1.3"||data37==="8.5.2"||data37==="8.\
5.2.1"||data37==="8.5.2.2"||data37==="8.5.2.3"||data37==="8.5.3"||data37==="8.6"||data37==="8.6.1"||data37==="8.6.2"||data37==="8.6.3"||data37==="8.7"||data37===
"8.7.1"||data37==="8.7.2"||data37==="8.7.3"||data37==="8.7.3.1"||data37==="8.7.3.2"||data37==="8.7.3.3"||data37==="9"||data37==="9.1"||data37==="9.2"||data37===
"9.3"||data37==="9.4"||data37==="10"||data37==="10.1"||data37==="10.2")){const err81={instancePath:instancePath+"/scope/exclusions/"+i8+"/clause",schemaPath:"#/\
$defs/clauseId/enum",keyword:"enum",params:{allowedValues:schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,
data:data37};if(vErrors===null){vErrors=[err81]}else{vErrors.push(err81)}errors++}}if(data35.justification!==void 0){let data38=data35.justification;if(typeof data38===
"string"){if(func2(data38)<1){const err82={instancePath:instancePath+"/scope/exclusions/"+i8+"/justification",schemaPath:"#/properties/scope/properties/exclusio\
ns/items/properties/justification/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.scope.properties.exclusions.items.properties.justification,data:data38};if(vErrors===null){vErrors=[err82]}else{vErrors.push(err82)}errors++}}else{const err83={
instancePath:instancePath+"/scope/exclusions/"+i8+"/justification",schemaPath:"#/properties/scope/properties/exclusions/items/properties/justification/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema31.properties.scope.properties.exclusions.items.properties.justification.type,parentSchema:schema31.
properties.scope.properties.exclusions.items.properties.justification,data:data38};if(vErrors===null){vErrors=[err83]}else{vErrors.push(err83)}errors++}}}else{const err84={
instancePath:instancePath+"/scope/exclusions/"+i8,schemaPath:"#/properties/scope/properties/exclusions/items/type",keyword:"type",params:{type:"object"},message:"\
must be object",schema:schema31.properties.scope.properties.exclusions.items.type,parentSchema:schema31.properties.scope.properties.exclusions.items,data:data35};
if(vErrors===null){vErrors=[err84]}else{vErrors.push(err84)}errors++}}}else{const err85={instancePath:instancePath+"/scope/exclusions",schemaPath:"#/properties/\
scope/properties/exclusions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.scope.properties.exclusions.type,parentSchema:schema31.
properties.scope.properties.exclusions,data:data34};if(vErrors===null){vErrors=[err85]}else{vErrors.push(err85)}errors++}}}else{const err86={instancePath:instancePath+
"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.scope.type,parentSchema:schema31.
properties.scope,data:data17};if(vErrors===null){vErrors=[err86]}else{vErrors.push(err86)}errors++}}if(data2.sms!==void 0){let data39=data2.sms;if(data39&&typeof data39==
"object"&&!Array.isArray(data39)){if(data39.startDate===void 0){const err87={instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"re\
quired",params:{missingProperty:"startDate"},message:"must have required property 'startDate'",schema:schema31.properties.sms.required,parentSchema:schema31.properties.
sms,data:data39};if(vErrors===null){vErrors=[err87]}else{vErrors.push(err87)}errors++}for(const key9 in data39){if(!(key9==="startDate"||key9==="managementRepre\
sentative")){const err88={instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key9},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sms,data:data39};if(vErrors===null){vErrors=[err88]}else{vErrors.push(
err88)}errors++}}if(data39.startDate!==void 0){let data40=data39.startDate;if(typeof data40==="string"){if(!formats0(data40)){const err89={instancePath:instancePath+
"/sms/startDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,
data:data40};if(vErrors===null){vErrors=[err89]}else{vErrors.push(err89)}errors++}}else{const err90={instancePath:instancePath+"/sms/startDate",schemaPath:"#/$d\
efs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data40};if(vErrors===null){vErrors=
[err90]}else{vErrors.push(err90)}errors++}}if(data39.managementRepresentative!==void 0){let data41=data39.managementRepresentative;if(typeof data41==="string"){
if(func2(data41)<1){const err91={instancePath:instancePath+"/sms/managementRepresentative",schemaPath:"#/properties/sms/properties/managementRepresentative/minL\
ength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.sms.properties.managementRepresentative,
data:data41};if(vErrors===null){vErrors=[err91]}else{vErrors.push(err91)}errors++}}else{const err92={instancePath:instancePath+"/sms/managementRepresentative",schemaPath:"\
#/properties/sms/properties/managementRepresentative/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.sms.properties.
managementRepresentative.type,parentSchema:schema31.properties.sms.properties.managementRepresentative,data:data41};if(vErrors===null){vErrors=[err92]}else{vErrors.
push(err92)}errors++}}}else{const err93={instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/type",keyword:"type",params:{type:"object"},message:"must\
 be object",schema:schema31.properties.sms.type,parentSchema:schema31.properties.sms,data:data39};if(vErrors===null){vErrors=[err93]}else{vErrors.push(err93)}errors++}}
if(data2.context!==void 0){let data42=data2.context;if(data42&&typeof data42=="object"&&!Array.isArray(data42)){for(const key10 in data42){if(!(key10==="climate\
Change")){const err94={instancePath:instancePath+"/context",schemaPath:"#/properties/context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key10},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.context,data:data42};if(vErrors===null){vErrors=[err94]}else{vErrors.
push(err94)}errors++}}if(data42.climateChange!==void 0){let data43=data42.climateChange;if(data43&&typeof data43=="object"&&!Array.isArray(data43)){if(data43.relevant===
void 0){const err95={instancePath:instancePath+"/context/climateChange",schemaPath:"#/properties/context/properties/climateChange/required",keyword:"required",params:{
missingProperty:"relevant"},message:"must have required property 'relevant'",schema:schema31.properties.context.properties.climateChange.required,parentSchema:schema31.
properties.context.properties.climateChange,data:data43};if(vErrors===null){vErrors=[err95]}else{vErrors.push(err95)}errors++}for(const key11 in data43){if(!(key11===
"relevant"||key11==="rationale")){const err96={instancePath:instancePath+"/context/climateChange",schemaPath:"#/properties/context/properties/climateChange/addi\
tionalProperties",keyword:"additionalProperties",params:{additionalProperty:key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.
properties.context.properties.climateChange,data:data43};if(vErrors===null){vErrors=[err96]}else{vErrors.push(err96)}errors++}}if(data43.relevant!==void 0){let data44=data43.
relevant;if(typeof data44!=="boolean"){const err97={instancePath:instancePath+"/context/climateChange/relevant",schemaPath:"#/properties/context/properties/clim\
ateChange/properties/relevant/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:schema31.properties.context.properties.climateChange.
properties.relevant.type,parentSchema:schema31.properties.context.properties.climateChange.properties.relevant,data:data44};if(vErrors===null){vErrors=[err97]}else{
vErrors.push(err97)}errors++}}if(data43.rationale!==void 0){let data45=data43.rationale;if(typeof data45==="string"){if(func2(data45)<1){const err98={instancePath:instancePath+
"/context/climateChange/rationale",schemaPath:"#/properties/context/properties/climateChange/properties/rationale/minLength",keyword:"minLength",params:{limit:1},
message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.context.properties.climateChange.properties.rationale,data:data45};if(vErrors===
null){vErrors=[err98]}else{vErrors.push(err98)}errors++}}else{const err99={instancePath:instancePath+"/context/climateChange/rationale",schemaPath:"#/properties\
/context/properties/climateChange/properties/rationale/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.context.properties.
climateChange.properties.rationale.type,parentSchema:schema31.properties.context.properties.climateChange.properties.rationale,data:data45};if(vErrors===null){vErrors=
[err99]}else{vErrors.push(err99)}errors++}}}else{const err100={instancePath:instancePath+"/context/climateChange",schemaPath:"#/properties/context/properties/cl\
imateChange/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.context.properties.climateChange.type,parentSchema:schema31.
properties.context.properties.climateChange,data:data43};if(vErrors===null){vErrors=[err100]}else{vErrors.push(err100)}errors++}}}else{const err101={instancePath:instancePath+
"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.context.type,parentSchema:schema31.
properties.context,data:data42};if(vErrors===null){vErrors=[err101]}else{vErrors.push(err101)}errors++}}if(data2.documentSources!==void 0){let data46=data2.documentSources;
if(Array.isArray(data46)){const len8=data46.length;for(let i9=0;i9<len8;i9++){let data47=data46[i9];if(typeof data47==="string"){if(func2(data47)<1){const err102={
instancePath:instancePath+"/documentSources/"+i9,schemaPath:"#/properties/documentSources/items/minLength",keyword:"minLength",params:{limit:1},message:"must NO\
T have fewer than 1 characters",schema:1,parentSchema:schema31.properties.documentSources.items,data:data47};if(vErrors===null){vErrors=[err102]}else{vErrors.push(
err102)}errors++}}else{const err103={instancePath:instancePath+"/documentSources/"+i9,schemaPath:"#/properties/documentSources/items/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema31.properties.documentSources.items.type,parentSchema:schema31.properties.documentSources.items,data:data47};
if(vErrors===null){vErrors=[err103]}else{vErrors.push(err103)}errors++}}let i10=data46.length;let j1;if(i10>1){const indices1={};for(;i10--;){let item1=data46[i10];
if(typeof item1!=="string"){continue}if(typeof indices1[item1]=="number"){j1=indices1[item1];const err104={instancePath:instancePath+"/documentSources",schemaPath:"\
#/properties/documentSources/uniqueItems",keyword:"uniqueItems",params:{i:i10,j:j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i10+" are iden\
tical)",schema:true,parentSchema:schema31.properties.documentSources,data:data46};if(vErrors===null){vErrors=[err104]}else{vErrors.push(err104)}errors++;break}indices1[item1]=
i10}}}else{const err105={instancePath:instancePath+"/documentSources",schemaPath:"#/properties/documentSources/type",keyword:"type",params:{type:"array"},message:"\
must be array",schema:schema31.properties.documentSources.type,parentSchema:schema31.properties.documentSources,data:data46};if(vErrors===null){vErrors=[err105]}else{
vErrors.push(err105)}errors++}}if(data2.documents!==void 0){if(!validate21(data2.documents,{instancePath:instancePath+"/documents",parentData:data2,parentDataProperty:"\
documents",rootData,dynamicAnchors})){vErrors=vErrors===null?validate21.errors:vErrors.concat(validate21.errors);errors=vErrors.length}}if(data2.records!==void 0){
let data49=data2.records;if(data49&&typeof data49=="object"&&!Array.isArray(data49)){for(const key12 in data49){if(!(key12==="internalAudits"||key12==="manageme\
ntReviews"||key12==="nonconformities"||key12==="registers")){const err106={instancePath:instancePath+"/records",schemaPath:"#/properties/records/additionalPrope\
rties",keyword:"additionalProperties",params:{additionalProperty:key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.
records,data:data49};if(vErrors===null){vErrors=[err106]}else{vErrors.push(err106)}errors++}}if(data49.internalAudits!==void 0){let data50=data49.internalAudits;
if(Array.isArray(data50)){const len9=data50.length;for(let i11=0;i11<len9;i11++){let data51=data50[i11];if(data51&&typeof data51=="object"&&!Array.isArray(data51)){
if(data51.id===void 0){const err107={instancePath:instancePath+"/records/internalAudits/"+i11,schemaPath:"#/properties/records/properties/internalAudits/items/r\
equired",keyword:"required",params:{missingProperty:"id"},message:"must have required property 'id'",schema:schema31.properties.records.properties.internalAudits.
items.required,parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};if(vErrors===null){vErrors=[err107]}else{vErrors.push(err107)}
errors++}if(data51.date===void 0){const err108={instancePath:instancePath+"/records/internalAudits/"+i11,schemaPath:"#/properties/records/properties/internalAud\
its/items/required",keyword:"required",params:{missingProperty:"date"},message:"must have required property 'date'",schema:schema31.properties.records.properties.
internalAudits.items.required,parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};if(vErrors===null){vErrors=[err108]}else{vErrors.
push(err108)}errors++}if(data51.status===void 0){const err109={instancePath:instancePath+"/records/internalAudits/"+i11,schemaPath:"#/properties/records/propert\
ies/internalAudits/items/required",keyword:"required",params:{missingProperty:"status"},message:"must have required property 'status'",schema:schema31.properties.
records.properties.internalAudits.items.required,parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};if(vErrors===null){vErrors=
[err109]}else{vErrors.push(err109)}errors++}if(data51.clauses===void 0){const err110={instancePath:instancePath+"/records/internalAudits/"+i11,schemaPath:"#/pro\
perties/records/properties/internalAudits/items/required",keyword:"required",params:{missingProperty:"clauses"},message:"must have required property 'clauses'",
schema:schema31.properties.records.properties.internalAudits.items.required,parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};
if(vErrors===null){vErrors=[err110]}else{vErrors.push(err110)}errors++}for(const key13 in data51){if(!(key13==="id"||key13==="date"||key13==="status"||key13==="\
clauses"||key13==="auditor"||key13==="evidence")){const err111={instancePath:instancePath+"/records/internalAudits/"+i11,schemaPath:"#/properties/records/proper\
ties/internalAudits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key13},message:"must NOT have additional properties",schema:false,
parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};if(vErrors===null){vErrors=[err111]}else{vErrors.push(err111)}errors++}}if(data51.
id!==void 0){let data52=data51.id;if(typeof data52==="string"){if(!pattern4.test(data52)){const err112={instancePath:instancePath+"/records/internalAudits/"+i11+
"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*\
$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data52};if(vErrors===null){vErrors=[err112]}else{vErrors.push(err112)}errors++}}else{const err113={
instancePath:instancePath+"/records/internalAudits/"+i11+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.
type,parentSchema:schema35,data:data52};if(vErrors===null){vErrors=[err113]}else{vErrors.push(err113)}errors++}}if(data51.date!==void 0){let data53=data51.date;
if(typeof data53==="string"){if(!formats0(data53)){const err114={instancePath:instancePath+"/records/internalAudits/"+i11+"/date",schemaPath:"#/$defs/date/forma\
t",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data53};if(vErrors===null){vErrors=[err114]}else{
vErrors.push(err114)}errors++}}else{const err115={instancePath:instancePath+"/records/internalAudits/"+i11+"/date",schemaPath:"#/$defs/date/type",keyword:"type",
params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data53};if(vErrors===null){vErrors=[err115]}else{vErrors.push(err115)}
errors++}}if(data51.status!==void 0){let data54=data51.status;if(!(data54==="planned"||data54==="completed")){const err116={instancePath:instancePath+"/records/\
internalAudits/"+i11+"/status",schemaPath:"#/properties/records/properties/internalAudits/items/properties/status/enum",keyword:"enum",params:{allowedValues:schema31.
properties.records.properties.internalAudits.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.records.
properties.internalAudits.items.properties.status.enum,parentSchema:schema31.properties.records.properties.internalAudits.items.properties.status,data:data54};if(vErrors===
null){vErrors=[err116]}else{vErrors.push(err116)}errors++}}if(data51.clauses!==void 0){let data55=data51.clauses;if(Array.isArray(data55)){const len10=data55.length;
for(let i12=0;i12<len10;i12++){let data56=data55[i12];if(typeof data56!=="string"){const err117={instancePath:instancePath+"/records/internalAudits/"+i11+"/clau\
ses/"+i12,schemaPath:"#/$defs/clauseId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data56};
if(vErrors===null){vErrors=[err117]}else{vErrors.push(err117)}errors++}if(!(data56==="4"||data56==="4.1"||data56==="4.2"||data56==="4.3"||data56==="4.4"||data56===
"5"||data56==="5.1"||data56==="5.2"||data56==="5.2.1"||data56==="5.2.2"||data56==="5.3"||data56==="6"||data56==="6.1"||data56==="6.2"||data56==="6.2.1"||data56===
"6.2.2"||data56==="6.3"||data56==="7"||data56==="7.1"||data56==="7.2"||data56==="7.3"||data56==="7.4"||data56==="7.5"||data56==="7.5.1"||data56==="7.5.2"||data56===
"7.5.3"||data56==="7.5.4"||data56==="7.6"||data56==="8"||data56==="8.1"||data56==="8.2"||data56==="8.2.1"||data56==="8.2.2"||data56==="8.2.3"||data56==="8.2.4"||
data56==="8.2.5"||data56==="8.2.6"||data56==="8.3"||data56==="8.3.1"||data56==="8.3.2"||data56==="8.3.3"||data56==="8.3.4"||data56==="8.3.4.1"||data56==="8.3.4.\
2"||data56==="8.4"||data56==="8.4.1"||data56==="8.4.2"||data56==="8.4.3"||data56==="8.5"||data56==="8.5.1"||data56==="8.5.1.1"||data56==="8.5.1.2"||data56==="8.\
5.1.3"||data56==="8.5.2"||data56==="8.5.2.1"||data56==="8.5.2.2"||data56==="8.5.2.3"||data56==="8.5.3"||data56==="8.6"||data56==="8.6.1"||data56==="8.6.2"||data56===
"8.6.3"||data56==="8.7"||data56==="8.7.1"||data56==="8.7.2"||data56==="8.7.3"||data56==="8.7.3.1"||data56==="8.7.3.2"||data56==="8.7.3.3"||data56==="9"||data56===
"9.1"||data56==="9.2"||data56==="9.3"||data56==="9.4"||data56==="10"||data56==="10.1"||data56==="10.2")){const err118={instancePath:instancePath+"/records/inter\
nalAudits/"+i11+"/clauses/"+i12,schemaPath:"#/$defs/clauseId/enum",keyword:"enum",params:{allowedValues:schema36.enum},message:"must be equal to one of the allo\
wed values",schema:schema36.enum,parentSchema:schema36,data:data56};if(vErrors===null){vErrors=[err118]}else{vErrors.push(err118)}errors++}}let i13=data55.length;
let j2;if(i13>1){outer0:for(;i13--;){for(j2=i13;j2--;){if(func0(data55[i13],data55[j2])){const err119={instancePath:instancePath+"/records/internalAudits/"+i11+
"/clauses",schemaPath:"#/properties/records/properties/internalAudits/items/properties/clauses/uniqueItems",keyword:"uniqueItems",params:{i:i13,j:j2},message:"m\
ust NOT have duplicate items (items ## "+j2+" and "+i13+" are identical)",schema:true,parentSchema:schema31.properties.records.properties.internalAudits.items.properties.
clauses,data:data55};if(vErrors===null){vErrors=[err119]}else{vErrors.push(err119)}errors++;break outer0}}}}}else{const err120={instancePath:instancePath+"/reco\
rds/internalAudits/"+i11+"/clauses",schemaPath:"#/properties/records/properties/internalAudits/items/properties/clauses/type",keyword:"type",params:{type:"array"},
message:"must be array",schema:schema31.properties.records.properties.internalAudits.items.properties.clauses.type,parentSchema:schema31.properties.records.properties.
internalAudits.items.properties.clauses,data:data55};if(vErrors===null){vErrors=[err120]}else{vErrors.push(err120)}errors++}}if(data51.auditor!==void 0){let data57=data51.
auditor;if(typeof data57==="string"){if(func2(data57)<1){const err121={instancePath:instancePath+"/records/internalAudits/"+i11+"/auditor",schemaPath:"#/propert\
ies/records/properties/internalAudits/items/properties/auditor/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,
parentSchema:schema31.properties.records.properties.internalAudits.items.properties.auditor,data:data57};if(vErrors===null){vErrors=[err121]}else{vErrors.push(err121)}
errors++}}else{const err122={instancePath:instancePath+"/records/internalAudits/"+i11+"/auditor",schemaPath:"#/properties/records/properties/internalAudits/item\
s/properties/auditor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.records.properties.internalAudits.items.properties.
auditor.type,parentSchema:schema31.properties.records.properties.internalAudits.items.properties.auditor,data:data57};if(vErrors===null){vErrors=[err122]}else{vErrors.
push(err122)}errors++}}if(data51.evidence!==void 0){let data58=data51.evidence;if(typeof data58==="string"){if(func2(data58)<1){const err123={instancePath:instancePath+
"/records/internalAudits/"+i11+"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 \
characters",schema:1,parentSchema:schema32,data:data58};if(vErrors===null){vErrors=[err123]}else{vErrors.push(err123)}errors++}}else{const err124={instancePath:instancePath+
"/records/internalAudits/"+i11+"/evidence",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.
type,parentSchema:schema32,data:data58};if(vErrors===null){vErrors=[err124]}else{vErrors.push(err124)}errors++}}}else{const err125={instancePath:instancePath+"/\
records/internalAudits/"+i11,schemaPath:"#/properties/records/properties/internalAudits/items/type",keyword:"type",params:{type:"object"},message:"must be objec\
t",schema:schema31.properties.records.properties.internalAudits.items.type,parentSchema:schema31.properties.records.properties.internalAudits.items,data:data51};
if(vErrors===null){vErrors=[err125]}else{vErrors.push(err125)}errors++}}}else{const err126={instancePath:instancePath+"/records/internalAudits",schemaPath:"#/pr\
operties/records/properties/internalAudits/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.records.properties.internalAudits.
type,parentSchema:schema31.properties.records.properties.internalAudits,data:data50};if(vErrors===null){vErrors=[err126]}else{vErrors.push(err126)}errors++}}if(data49.
managementReviews!==void 0){let data59=data49.managementReviews;if(Array.isArray(data59)){const len11=data59.length;for(let i14=0;i14<len11;i14++){let data60=data59[i14];
if(data60&&typeof data60=="object"&&!Array.isArray(data60)){if(data60.id===void 0){const err127={instancePath:instancePath+"/records/managementReviews/"+i14,schemaPath:"\
#/properties/records/properties/managementReviews/items/required",keyword:"required",params:{missingProperty:"id"},message:"must have required property 'id'",schema:schema31.
properties.records.properties.managementReviews.items.required,parentSchema:schema31.properties.records.properties.managementReviews.items,data:data60};if(vErrors===
null){vErrors=[err127]}else{vErrors.push(err127)}errors++}if(data60.date===void 0){const err128={instancePath:instancePath+"/records/managementReviews/"+i14,schemaPath:"\
#/properties/records/properties/managementReviews/items/required",keyword:"required",params:{missingProperty:"date"},message:"must have required property 'date'",
schema:schema31.properties.records.properties.managementReviews.items.required,parentSchema:schema31.properties.records.properties.managementReviews.items,data:data60};
if(vErrors===null){vErrors=[err128]}else{vErrors.push(err128)}errors++}if(data60.status===void 0){const err129={instancePath:instancePath+"/records/managementRe\
views/"+i14,schemaPath:"#/properties/records/properties/managementReviews/items/required",keyword:"required",params:{missingProperty:"status"},message:"must hav\
e required property 'status'",schema:schema31.properties.records.properties.managementReviews.items.required,parentSchema:schema31.properties.records.properties.
managementReviews.items,data:data60};if(vErrors===null){vErrors=[err129]}else{vErrors.push(err129)}errors++}for(const key14 in data60){if(!(key14==="id"||key14===
"date"||key14==="status"||key14==="evidence")){const err130={instancePath:instancePath+"/records/managementReviews/"+i14,schemaPath:"#/properties/records/proper\
ties/managementReviews/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key14},message:"must NOT have additional properties",
schema:false,parentSchema:schema31.properties.records.properties.managementReviews.items,data:data60};if(vErrors===null){vErrors=[err130]}else{vErrors.push(err130)}
errors++}}if(data60.id!==void 0){let data61=data60.id;if(typeof data61==="string"){if(!pattern4.test(data61)){const err131={instancePath:instancePath+"/records/\
managementReviews/"+i14+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A\
-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data61};if(vErrors===null){vErrors=[err131]}else{vErrors.push(err131)}
errors++}}else{const err132={instancePath:instancePath+"/records/managementReviews/"+i14+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema35.type,parentSchema:schema35,data:data61};if(vErrors===null){vErrors=[err132]}else{vErrors.push(err132)}errors++}}if(data60.
date!==void 0){let data62=data60.date;if(typeof data62==="string"){if(!formats0(data62)){const err133={instancePath:instancePath+"/records/managementReviews/"+i14+
"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data62};
if(vErrors===null){vErrors=[err133]}else{vErrors.push(err133)}errors++}}else{const err134={instancePath:instancePath+"/records/managementReviews/"+i14+"/date",schemaPath:"\
#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data62};if(vErrors===null){vErrors=
[err134]}else{vErrors.push(err134)}errors++}}if(data60.status!==void 0){let data63=data60.status;if(!(data63==="planned"||data63==="completed")){const err135={instancePath:instancePath+
"/records/managementReviews/"+i14+"/status",schemaPath:"#/properties/records/properties/managementReviews/items/properties/status/enum",keyword:"enum",params:{allowedValues:schema31.
properties.records.properties.managementReviews.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.records.
properties.managementReviews.items.properties.status.enum,parentSchema:schema31.properties.records.properties.managementReviews.items.properties.status,data:data63};
if(vErrors===null){vErrors=[err135]}else{vErrors.push(err135)}errors++}}if(data60.evidence!==void 0){let data64=data60.evidence;if(typeof data64==="string"){if(func2(
data64)<1){const err136={instancePath:instancePath+"/records/managementReviews/"+i14+"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",
params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data64};if(vErrors===null){vErrors=[err136]}else{vErrors.push(
err136)}errors++}}else{const err137={instancePath:instancePath+"/records/managementReviews/"+i14+"/evidence",schemaPath:"#/$defs/evidencePath/type",keyword:"typ\
e",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data64};if(vErrors===null){vErrors=[err137]}else{vErrors.push(
err137)}errors++}}}else{const err138={instancePath:instancePath+"/records/managementReviews/"+i14,schemaPath:"#/properties/records/properties/managementReviews/\
items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.records.properties.managementReviews.items.type,parentSchema:schema31.
properties.records.properties.managementReviews.items,data:data60};if(vErrors===null){vErrors=[err138]}else{vErrors.push(err138)}errors++}}}else{const err139={instancePath:instancePath+
"/records/managementReviews",schemaPath:"#/properties/records/properties/managementReviews/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.
properties.records.properties.managementReviews.type,parentSchema:schema31.properties.records.properties.managementReviews,data:data59};if(vErrors===null){vErrors=
[err139]}else{vErrors.push(err139)}errors++}}if(data49.nonconformities!==void 0){let data65=data49.nonconformities;if(Array.isArray(data65)){const len12=data65.
length;for(let i15=0;i15<len12;i15++){let data66=data65[i15];if(data66&&typeof data66=="object"&&!Array.isArray(data66)){if(data66.id===void 0){const err140={instancePath:instancePath+
"/records/nonconformities/"+i15,schemaPath:"#/properties/records/properties/nonconformities/items/required",keyword:"required",params:{missingProperty:"id"},message:"\
must have required property 'id'",schema:schema31.properties.records.properties.nonconformities.items.required,parentSchema:schema31.properties.records.properties.
nonconformities.items,data:data66};if(vErrors===null){vErrors=[err140]}else{vErrors.push(err140)}errors++}if(data66.description===void 0){const err141={instancePath:instancePath+
"/records/nonconformities/"+i15,schemaPath:"#/properties/records/properties/nonconformities/items/required",keyword:"required",params:{missingProperty:"descript\
ion"},message:"must have required property 'description'",schema:schema31.properties.records.properties.nonconformities.items.required,parentSchema:schema31.properties.
records.properties.nonconformities.items,data:data66};if(vErrors===null){vErrors=[err141]}else{vErrors.push(err141)}errors++}if(data66.grade===void 0){const err142={
instancePath:instancePath+"/records/nonconformities/"+i15,schemaPath:"#/properties/records/properties/nonconformities/items/required",keyword:"required",params:{
missingProperty:"grade"},message:"must have required property 'grade'",schema:schema31.properties.records.properties.nonconformities.items.required,parentSchema:schema31.
properties.records.properties.nonconformities.items,data:data66};if(vErrors===null){vErrors=[err142]}else{vErrors.push(err142)}errors++}if(data66.raised===void 0){
const err143={instancePath:instancePath+"/records/nonconformities/"+i15,schemaPath:"#/properties/records/properties/nonconformities/items/required",keyword:"req\
uired",params:{missingProperty:"raised"},message:"must have required property 'raised'",schema:schema31.properties.records.properties.nonconformities.items.required,
parentSchema:schema31.properties.records.properties.nonconformities.items,data:data66};if(vErrors===null){vErrors=[err143]}else{vErrors.push(err143)}errors++}for(const key15 in data66){
if(!(key15==="id"||key15==="description"||key15==="grade"||key15==="clause"||key15==="raised"||key15==="due"||key15==="closed"||key15==="evidence")){const err144={
instancePath:instancePath+"/records/nonconformities/"+i15,schemaPath:"#/properties/records/properties/nonconformities/items/additionalProperties",keyword:"addit\
ionalProperties",params:{additionalProperty:key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.records.properties.
nonconformities.items,data:data66};if(vErrors===null){vErrors=[err144]}else{vErrors.push(err144)}errors++}}if(data66.id!==void 0){let data67=data66.id;if(typeof data67===
"string"){if(!pattern4.test(data67)){const err145={instancePath:instancePath+"/records/nonconformities/"+i15+"/id",schemaPath:"#/$defs/id/pattern",keyword:"patt\
ern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,
data:data67};if(vErrors===null){vErrors=[err145]}else{vErrors.push(err145)}errors++}}else{const err146={instancePath:instancePath+"/records/nonconformities/"+i15+
"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data67};if(vErrors===
null){vErrors=[err146]}else{vErrors.push(err146)}errors++}}if(data66.description!==void 0){let data68=data66.description;if(typeof data68==="string"){if(func2(data68)<
1){const err147={instancePath:instancePath+"/records/nonconformities/"+i15+"/description",schemaPath:"#/properties/records/properties/nonconformities/items/prop\
erties/description/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.records.
properties.nonconformities.items.properties.description,data:data68};if(vErrors===null){vErrors=[err147]}else{vErrors.push(err147)}errors++}}else{const err148={
instancePath:instancePath+"/records/nonconformities/"+i15+"/description",schemaPath:"#/properties/records/properties/nonconformities/items/properties/descriptio\
n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.records.properties.nonconformities.items.properties.description.
type,parentSchema:schema31.properties.records.properties.nonconformities.items.properties.description,data:data68};if(vErrors===null){vErrors=[err148]}else{vErrors.
push(err148)}errors++}}if(data66.grade!==void 0){let data69=data66.grade;if(!(data69==="major"||data69==="minor")){const err149={instancePath:instancePath+"/rec\
ords/nonconformities/"+i15+"/grade",schemaPath:"#/properties/records/properties/nonconformities/items/properties/grade/enum",keyword:"enum",params:{allowedValues:schema31.
properties.records.properties.nonconformities.items.properties.grade.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.records.
properties.nonconformities.items.properties.grade.enum,parentSchema:schema31.properties.records.properties.nonconformities.items.properties.grade,data:data69};if(vErrors===
null){vErrors=[err149]}else{vErrors.push(err149)}errors++}}if(data66.clause!==void 0){let data70=data66.clause;if(typeof data70!=="string"){const err150={instancePath:instancePath+
"/records/nonconformities/"+i15+"/clause",schemaPath:"#/$defs/clauseId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema36.type,
parentSchema:schema36,data:data70};if(vErrors===null){vErrors=[err150]}else{vErrors.push(err150)}errors++}if(!(data70==="4"||data70==="4.1"||data70==="4.2"||data70===
"4.3"||data70==="4.4"||data70==="5"||data70==="5.1"||data70==="5.2"||data70==="5.2.1"||data70==="5.2.2"||data70==="5.3"||data70==="6"||data70==="6.1"||data70===
"6.2"||data70==="6.2.1"||data70==="6.2.2"||data70==="6.3"||data70==="7"||data70==="7.1"||data70==="7.2"||data70==="7.3"||data70==="7.4"||data70==="7.5"||data70===
"7.5.1"||data70==="7.5.2"||data70==="7.5.3"||data70==="7.5.4"||data70==="7.6"||data70==="8"||data70==="8.1"||data70==="8.2"||data70==="8.2.1"||data70==="8.2.2"||
data70==="8.2.3"||data70==="8.2.4"||data70==="8.2.5"||data70==="8.2.6"||data70==="8.3"||data70==="8.3.1"||data70==="8.3.2"||data70==="8.3.3"||data70==="8.3.4"||
data70==="8.3.4.1"||data70==="8.3.4.2"||data70==="8.4"||data70==="8.4.1"||data70==="8.4.2"||data70==="8.4.3"||data70==="8.5"||data70==="8.5.1"||data70==="8.5.1.\
1"||data70==="8.5.1.2"||data70==="8.5.1.3"||data70==="8.5.2"||data70==="8.5.2.1"||data70==="8.5.2.2"||data70==="8.5.2.3"||data70==="8.5.3"||data70==="8.6"||data70===
"8.6.1"||data70==="8.6.2"||data70==="8.6.3"||data70==="8.7"||data70==="8.7.1"||data70==="8.7.2"||data70==="8.7.3"||data70==="8.7.3.1"||data70==="8.7.3.2"||data70===
"8.7.3.3"||data70==="9"||data70==="9.1"||data70==="9.2"||data70==="9.3"||data70==="9.4"||data70==="10"||data70==="10.1"||data70==="10.2")){const err151={instancePath:instancePath+
"/records/nonconformities/"+i15+"/clause",schemaPath:"#/$defs/clauseId/enum",keyword:"enum",params:{allowedValues:schema36.enum},message:"must be equal to one o\
f the allowed values",schema:schema36.enum,parentSchema:schema36,data:data70};if(vErrors===null){vErrors=[err151]}else{vErrors.push(err151)}errors++}}if(data66.
raised!==void 0){let data71=data66.raised;if(typeof data71==="string"){if(!formats0(data71)){const err152={instancePath:instancePath+"/records/nonconformities/"+
i15+"/raised",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data71};
if(vErrors===null){vErrors=[err152]}else{vErrors.push(err152)}errors++}}else{const err153={instancePath:instancePath+"/records/nonconformities/"+i15+"/raised",schemaPath:"\
#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data71};if(vErrors===null){vErrors=
[err153]}else{vErrors.push(err153)}errors++}}if(data66.due!==void 0){let data72=data66.due;if(typeof data72==="string"){if(!formats0(data72)){const err154={instancePath:instancePath+
"/records/nonconformities/"+i15+"/due",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",
parentSchema:schema33,data:data72};if(vErrors===null){vErrors=[err154]}else{vErrors.push(err154)}errors++}}else{const err155={instancePath:instancePath+"/record\
s/nonconformities/"+i15+"/due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,
data:data72};if(vErrors===null){vErrors=[err155]}else{vErrors.push(err155)}errors++}}if(data66.closed!==void 0){let data73=data66.closed;if(typeof data73==="str\
ing"){if(!formats0(data73)){const err156={instancePath:instancePath+"/records/nonconformities/"+i15+"/closed",schemaPath:"#/$defs/date/format",keyword:"format",
params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data73};if(vErrors===null){vErrors=[err156]}else{vErrors.push(
err156)}errors++}}else{const err157={instancePath:instancePath+"/records/nonconformities/"+i15+"/closed",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"\
string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data73};if(vErrors===null){vErrors=[err157]}else{vErrors.push(err157)}errors++}}
if(data66.evidence!==void 0){let data74=data66.evidence;if(typeof data74==="string"){if(func2(data74)<1){const err158={instancePath:instancePath+"/records/nonco\
nformities/"+i15+"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,
parentSchema:schema32,data:data74};if(vErrors===null){vErrors=[err158]}else{vErrors.push(err158)}errors++}}else{const err159={instancePath:instancePath+"/record\
s/nonconformities/"+i15+"/evidence",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,
data:data74};if(vErrors===null){vErrors=[err159]}else{vErrors.push(err159)}errors++}}}else{const err160={instancePath:instancePath+"/records/nonconformities/"+i15,
schemaPath:"#/properties/records/properties/nonconformities/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.
records.properties.nonconformities.items.type,parentSchema:schema31.properties.records.properties.nonconformities.items,data:data66};if(vErrors===null){vErrors=
[err160]}else{vErrors.push(err160)}errors++}}}else{const err161={instancePath:instancePath+"/records/nonconformities",schemaPath:"#/properties/records/propertie\
s/nonconformities/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.records.properties.nonconformities.type,parentSchema:schema31.
properties.records.properties.nonconformities,data:data65};if(vErrors===null){vErrors=[err161]}else{vErrors.push(err161)}errors++}}if(data49.registers!==void 0){
let data75=data49.registers;if(Array.isArray(data75)){const len13=data75.length;for(let i16=0;i16<len13;i16++){let data76=data75[i16];if(data76&&typeof data76==
"object"&&!Array.isArray(data76)){if(data76.id===void 0){const err162={instancePath:instancePath+"/records/registers/"+i16,schemaPath:"#/properties/records/prop\
erties/registers/items/required",keyword:"required",params:{missingProperty:"id"},message:"must have required property 'id'",schema:schema31.properties.records.
properties.registers.items.required,parentSchema:schema31.properties.records.properties.registers.items,data:data76};if(vErrors===null){vErrors=[err162]}else{vErrors.
push(err162)}errors++}if(data76.title===void 0){const err163={instancePath:instancePath+"/records/registers/"+i16,schemaPath:"#/properties/records/properties/re\
gisters/items/required",keyword:"required",params:{missingProperty:"title"},message:"must have required property 'title'",schema:schema31.properties.records.properties.
registers.items.required,parentSchema:schema31.properties.records.properties.registers.items,data:data76};if(vErrors===null){vErrors=[err163]}else{vErrors.push(
err163)}errors++}if(data76.satisfies===void 0){const err164={instancePath:instancePath+"/records/registers/"+i16,schemaPath:"#/properties/records/properties/reg\
isters/items/required",keyword:"required",params:{missingProperty:"satisfies"},message:"must have required property 'satisfies'",schema:schema31.properties.records.
properties.registers.items.required,parentSchema:schema31.properties.records.properties.registers.items,data:data76};if(vErrors===null){vErrors=[err164]}else{vErrors.
push(err164)}errors++}for(const key16 in data76){if(!(key16==="id"||key16==="title"||key16==="satisfies"||key16==="owner"||key16==="evidence"||key16==="lastEntr\
y")){const err165={instancePath:instancePath+"/records/registers/"+i16,schemaPath:"#/properties/records/properties/registers/items/additionalProperties",keyword:"\
additionalProperties",params:{additionalProperty:key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.records.properties.
registers.items,data:data76};if(vErrors===null){vErrors=[err165]}else{vErrors.push(err165)}errors++}}if(data76.id!==void 0){let data77=data76.id;if(typeof data77===
"string"){if(!pattern4.test(data77)){const err166={instancePath:instancePath+"/records/registers/"+i16+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{
pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,
data:data77};if(vErrors===null){vErrors=[err166]}else{vErrors.push(err166)}errors++}}else{const err167={instancePath:instancePath+"/records/registers/"+i16+"/id",
schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data77};if(vErrors===
null){vErrors=[err167]}else{vErrors.push(err167)}errors++}}if(data76.title!==void 0){let data78=data76.title;if(typeof data78==="string"){if(func2(data78)<1){const err168={
instancePath:instancePath+"/records/registers/"+i16+"/title",schemaPath:"#/properties/records/properties/registers/items/properties/title/minLength",keyword:"mi\
nLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.records.properties.registers.items.properties.
title,data:data78};if(vErrors===null){vErrors=[err168]}else{vErrors.push(err168)}errors++}}else{const err169={instancePath:instancePath+"/records/registers/"+i16+
"/title",schemaPath:"#/properties/records/properties/registers/items/properties/title/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.
properties.records.properties.registers.items.properties.title.type,parentSchema:schema31.properties.records.properties.registers.items.properties.title,data:data78};
if(vErrors===null){vErrors=[err169]}else{vErrors.push(err169)}errors++}}if(data76.satisfies!==void 0){let data79=data76.satisfies;if(Array.isArray(data79)){const len14=data79.
length;for(let i17=0;i17<len14;i17++){let data80=data79[i17];if(typeof data80!=="string"){const err170={instancePath:instancePath+"/records/registers/"+i16+"/sa\
tisfies/"+i17,schemaPath:"#/$defs/requirementId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema38.type,parentSchema:schema38,
data:data80};if(vErrors===null){vErrors=[err170]}else{vErrors.push(err170)}errors++}if(!(data80==="context-issues"||data80==="interested-party-requirements"||data80===
"sms-scope"||data80==="sms-processes"||data80==="service-management-policy"||data80==="roles-and-responsibilities"||data80==="risk-management-approach"||data80===
"risks-and-opportunities"||data80==="service-management-objectives"||data80==="objectives-plan"||data80==="service-management-plan"||data80==="resource-plan"||data80===
"competence-records"||data80==="awareness-records"||data80==="communication-plan"||data80==="document-control-procedure"||data80==="required-procedures"||data80===
"conformity-records"||data80==="knowledge-base"||data80==="operational-control-records"||data80==="service-requirements"||data80==="other-party-governance"||data80===
"service-catalogue"||data80==="asset-register"||data80==="configuration-information"||data80==="service-stakeholders"||data80==="service-complaint-records"||data80===
"customer-satisfaction-results"||data80==="service-level-agreements"||data80==="service-level-reviews"||data80==="external-supplier-contracts"||data80==="suppli\
er-dispute-records"||data80==="supplier-performance-reviews"||data80==="internal-agreements"||data80==="service-budget"||data80==="demand-forecast"||data80==="c\
apacity-plan"||data80==="change-management-policy"||data80==="change-records"||data80==="change-schedule"||data80==="new-service-plans"||data80==="service-desig\
n"||data80==="service-acceptance-criteria"||data80==="release-policy"||data80==="release-records"||data80==="incident-records"||data80==="major-incident-procedu\
re"||data80==="service-request-records"||data80==="service-request-instructions"||data80==="problem-records"||data80==="known-error-records"||data80==="availabi\
lity-requirements"||data80==="availability-risk-assessment"||data80==="availability-monitoring-results"||data80==="service-continuity-requirements"||data80==="s\
ervice-continuity-plan"||data80==="continuity-risk-assessment"||data80==="continuity-test-reports"||data80==="information-security-policy"||data80==="informatio\
n-security-risk-assessment"||data80==="information-security-controls"||data80==="information-security-incident-records"||data80==="monitoring-and-evaluation-res\
ults"||data80==="internal-audit-programme"||data80==="internal-audit-results"||data80==="management-review-results"||data80==="service-reports"||data80==="nonco\
nformity-records"||data80==="improvement-evaluation-criteria"||data80==="improvement-opportunity-records")){const err171={instancePath:instancePath+"/records/re\
gisters/"+i16+"/satisfies/"+i17,schemaPath:"#/$defs/requirementId/enum",keyword:"enum",params:{allowedValues:schema38.enum},message:"must be equal to one of the\
 allowed values",schema:schema38.enum,parentSchema:schema38,data:data80};if(vErrors===null){vErrors=[err171]}else{vErrors.push(err171)}errors++}}let i18=data79.
length;let j3;if(i18>1){outer1:for(;i18--;){for(j3=i18;j3--;){if(func0(data79[i18],data79[j3])){const err172={instancePath:instancePath+"/records/registers/"+i16+
"/satisfies",schemaPath:"#/properties/records/properties/registers/items/properties/satisfies/uniqueItems",keyword:"uniqueItems",params:{i:i18,j:j3},message:"mu\
st NOT have duplicate items (items ## "+j3+" and "+i18+" are identical)",schema:true,parentSchema:schema31.properties.records.properties.registers.items.properties.
satisfies,data:data79};if(vErrors===null){vErrors=[err172]}else{vErrors.push(err172)}errors++;break outer1}}}}}else{const err173={instancePath:instancePath+"/re\
cords/registers/"+i16+"/satisfies",schemaPath:"#/properties/records/properties/registers/items/properties/satisfies/type",keyword:"type",params:{type:"array"},message:"\
must be array",schema:schema31.properties.records.properties.registers.items.properties.satisfies.type,parentSchema:schema31.properties.records.properties.registers.
items.properties.satisfies,data:data79};if(vErrors===null){vErrors=[err173]}else{vErrors.push(err173)}errors++}}if(data76.owner!==void 0){let data81=data76.owner;
if(typeof data81==="string"){if(func2(data81)<1){const err174={instancePath:instancePath+"/records/registers/"+i16+"/owner",schemaPath:"#/properties/records/pro\
perties/registers/items/properties/owner/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.records.properties.registers.items.properties.owner,data:data81};if(vErrors===null){vErrors=[err174]}else{vErrors.push(err174)}errors++}}else{const err175={
instancePath:instancePath+"/records/registers/"+i16+"/owner",schemaPath:"#/properties/records/properties/registers/items/properties/owner/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema31.properties.records.properties.registers.items.properties.owner.type,parentSchema:schema31.properties.records.
properties.registers.items.properties.owner,data:data81};if(vErrors===null){vErrors=[err175]}else{vErrors.push(err175)}errors++}}if(data76.evidence!==void 0){let data82=data76.
evidence;if(typeof data82==="string"){if(func2(data82)<1){const err176={instancePath:instancePath+"/records/registers/"+i16+"/evidence",schemaPath:"#/$defs/evid\
encePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data82};if(vErrors===
null){vErrors=[err176]}else{vErrors.push(err176)}errors++}}else{const err177={instancePath:instancePath+"/records/registers/"+i16+"/evidence",schemaPath:"#/$def\
s/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data82};if(vErrors===null){vErrors=
[err177]}else{vErrors.push(err177)}errors++}}if(data76.lastEntry!==void 0){let data83=data76.lastEntry;if(typeof data83==="string"){if(!formats0(data83)){const err178={
instancePath:instancePath+"/records/registers/"+i16+"/lastEntry",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match fo\
rmat "date"',schema:"date",parentSchema:schema33,data:data83};if(vErrors===null){vErrors=[err178]}else{vErrors.push(err178)}errors++}}else{const err179={instancePath:instancePath+
"/records/registers/"+i16+"/lastEntry",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,
data:data83};if(vErrors===null){vErrors=[err179]}else{vErrors.push(err179)}errors++}}}else{const err180={instancePath:instancePath+"/records/registers/"+i16,schemaPath:"\
#/properties/records/properties/registers/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.records.properties.
registers.items.type,parentSchema:schema31.properties.records.properties.registers.items,data:data76};if(vErrors===null){vErrors=[err180]}else{vErrors.push(err180)}
errors++}}}else{const err181={instancePath:instancePath+"/records/registers",schemaPath:"#/properties/records/properties/registers/type",keyword:"type",params:{
type:"array"},message:"must be array",schema:schema31.properties.records.properties.registers.type,parentSchema:schema31.properties.records.properties.registers,
data:data75};if(vErrors===null){vErrors=[err181]}else{vErrors.push(err181)}errors++}}}else{const err182={instancePath:instancePath+"/records",schemaPath:"#/prop\
erties/records/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.records.type,parentSchema:schema31.properties.records,
data:data49};if(vErrors===null){vErrors=[err182]}else{vErrors.push(err182)}errors++}}if(data2.waivers!==void 0){let data84=data2.waivers;if(Array.isArray(data84)){
const len15=data84.length;for(let i19=0;i19<len15;i19++){let data85=data84[i19];const _errs214=errors;let valid80=false;const _errs215=errors;if(data85&&typeof data85==
"object"&&!Array.isArray(data85)){if(data85.rule===void 0){const err183={instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/waivers/items/anyOf/\
0/required",keyword:"required",params:{missingProperty:"rule"},message:"must have required property 'rule'",schema:schema31.properties.waivers.items.anyOf[0].required,
parentSchema:schema31.properties.waivers.items.anyOf[0],data:data85};if(vErrors===null){vErrors=[err183]}else{vErrors.push(err183)}errors++}}var _valid1=_errs215===
errors;valid80=valid80||_valid1;const _errs216=errors;if(data85&&typeof data85=="object"&&!Array.isArray(data85)){if(data85.requirement===void 0){const err184={
instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/waivers/items/anyOf/1/required",keyword:"required",params:{missingProperty:"requirement"},message:"\
must have required property 'requirement'",schema:schema31.properties.waivers.items.anyOf[1].required,parentSchema:schema31.properties.waivers.items.anyOf[1],data:data85};
if(vErrors===null){vErrors=[err184]}else{vErrors.push(err184)}errors++}}var _valid1=_errs216===errors;valid80=valid80||_valid1;if(!valid80){const err185={instancePath:instancePath+
"/waivers/"+i19,schemaPath:"#/properties/waivers/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.waivers.
items.anyOf,parentSchema:schema31.properties.waivers.items,data:data85};if(vErrors===null){vErrors=[err185]}else{vErrors.push(err185)}errors++}else{errors=_errs214;
if(vErrors!==null){if(_errs214){vErrors.length=_errs214}else{vErrors=null}}}if(data85&&typeof data85=="object"&&!Array.isArray(data85)){if(data85.id===void 0){const err186={
instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty:"id"},message:"must have r\
equired property 'id'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data85};if(vErrors===null){vErrors=
[err186]}else{vErrors.push(err186)}errors++}if(data85.justification===void 0){const err187={instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/w\
aivers/items/required",keyword:"required",params:{missingProperty:"justification"},message:"must have required property 'justification'",schema:schema31.properties.
waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data85};if(vErrors===null){vErrors=[err187]}else{vErrors.push(err187)}errors++}if(data85.
approver===void 0){const err188={instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty:"\
approver"},message:"must have required property 'approver'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data85};
if(vErrors===null){vErrors=[err188]}else{vErrors.push(err188)}errors++}if(data85.expires===void 0){const err189={instancePath:instancePath+"/waivers/"+i19,schemaPath:"\
#/properties/waivers/items/required",keyword:"required",params:{missingProperty:"expires"},message:"must have required property 'expires'",schema:schema31.properties.
waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data85};if(vErrors===null){vErrors=[err189]}else{vErrors.push(err189)}errors++}for(const key17 in data85){
if(!(key17==="id"||key17==="rule"||key17==="requirement"||key17==="justification"||key17==="approver"||key17==="expires")){const err190={instancePath:instancePath+
"/waivers/"+i19,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key17},message:"must NOT \
have additional properties",schema:false,parentSchema:schema31.properties.waivers.items,data:data85};if(vErrors===null){vErrors=[err190]}else{vErrors.push(err190)}
errors++}}if(data85.id!==void 0){let data86=data85.id;if(typeof data86==="string"){if(!pattern4.test(data86)){const err191={instancePath:instancePath+"/waivers/"+
i19+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za-z0-9.\
_-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data86};if(vErrors===null){vErrors=[err191]}else{vErrors.push(err191)}errors++}}else{const err192={
instancePath:instancePath+"/waivers/"+i19+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.type,
parentSchema:schema35,data:data86};if(vErrors===null){vErrors=[err192]}else{vErrors.push(err192)}errors++}}if(data85.rule!==void 0){let data87=data85.rule;if(typeof data87===
"string"){if(!pattern14.test(data87)){const err193={instancePath:instancePath+"/waivers/"+i19+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/pat\
tern",keyword:"pattern",params:{pattern:"^[a-z0-9]+(-[a-z0-9]+)*$"},message:'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"',schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.
properties.waivers.items.properties.rule,data:data87};if(vErrors===null){vErrors=[err193]}else{vErrors.push(err193)}errors++}}else{const err194={instancePath:instancePath+
"/waivers/"+i19+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.
properties.waivers.items.properties.rule.type,parentSchema:schema31.properties.waivers.items.properties.rule,data:data87};if(vErrors===null){vErrors=[err194]}else{
vErrors.push(err194)}errors++}}if(data85.requirement!==void 0){let data88=data85.requirement;if(typeof data88!=="string"){const err195={instancePath:instancePath+
"/waivers/"+i19+"/requirement",schemaPath:"#/$defs/requirementId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema38.type,parentSchema:schema38,
data:data88};if(vErrors===null){vErrors=[err195]}else{vErrors.push(err195)}errors++}if(!(data88==="context-issues"||data88==="interested-party-requirements"||data88===
"sms-scope"||data88==="sms-processes"||data88==="service-management-policy"||data88==="roles-and-responsibilities"||data88==="risk-management-approach"||data88===
"risks-and-opportunities"||data88==="service-management-objectives"||data88==="objectives-plan"||data88==="service-management-plan"||data88==="resource-plan"||data88===
"competence-records"||data88==="awareness-records"||data88==="communication-plan"||data88==="document-control-procedure"||data88==="required-procedures"||data88===
"conformity-records"||data88==="knowledge-base"||data88==="operational-control-records"||data88==="service-requirements"||data88==="other-party-governance"||data88===
"service-catalogue"||data88==="asset-register"||data88==="configuration-information"||data88==="service-stakeholders"||data88==="service-complaint-records"||data88===
"customer-satisfaction-results"||data88==="service-level-agreements"||data88==="service-level-reviews"||data88==="external-supplier-contracts"||data88==="suppli\
er-dispute-records"||data88==="supplier-performance-reviews"||data88==="internal-agreements"||data88==="service-budget"||data88==="demand-forecast"||data88==="c\
apacity-plan"||data88==="change-management-policy"||data88==="change-records"||data88==="change-schedule"||data88==="new-service-plans"||data88==="service-desig\
n"||data88==="service-acceptance-criteria"||data88==="release-policy"||data88==="release-records"||data88==="incident-records"||data88==="major-incident-procedu\
re"||data88==="service-request-records"||data88==="service-request-instructions"||data88==="problem-records"||data88==="known-error-records"||data88==="availabi\
lity-requirements"||data88==="availability-risk-assessment"||data88==="availability-monitoring-results"||data88==="service-continuity-requirements"||data88==="s\
ervice-continuity-plan"||data88==="continuity-risk-assessment"||data88==="continuity-test-reports"||data88==="information-security-policy"||data88==="informatio\
n-security-risk-assessment"||data88==="information-security-controls"||data88==="information-security-incident-records"||data88==="monitoring-and-evaluation-res\
ults"||data88==="internal-audit-programme"||data88==="internal-audit-results"||data88==="management-review-results"||data88==="service-reports"||data88==="nonco\
nformity-records"||data88==="improvement-evaluation-criteria"||data88==="improvement-opportunity-records")){const err196={instancePath:instancePath+"/waivers/"+
i19+"/requirement",schemaPath:"#/$defs/requirementId/enum",keyword:"enum",params:{allowedValues:schema38.enum},message:"must be equal to one of the allowed valu\
es",schema:schema38.enum,parentSchema:schema38,data:data88};if(vErrors===null){vErrors=[err196]}else{vErrors.push(err196)}errors++}}if(data85.justification!==void 0){
let data89=data85.justification;if(typeof data89==="string"){if(func2(data89)<1){const err197={instancePath:instancePath+"/waivers/"+i19+"/justification",schemaPath:"\
#/properties/waivers/items/properties/justification/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.waivers.items.properties.justification,data:data89};if(vErrors===null){vErrors=[err197]}else{vErrors.push(err197)}errors++}}else{const err198={instancePath:instancePath+
"/waivers/"+i19+"/justification",schemaPath:"#/properties/waivers/items/properties/justification/type",keyword:"type",params:{type:"string"},message:"must be st\
ring",schema:schema31.properties.waivers.items.properties.justification.type,parentSchema:schema31.properties.waivers.items.properties.justification,data:data89};
if(vErrors===null){vErrors=[err198]}else{vErrors.push(err198)}errors++}}if(data85.approver!==void 0){let data90=data85.approver;if(typeof data90==="string"){if(func2(
data90)<1){const err199={instancePath:instancePath+"/waivers/"+i19+"/approver",schemaPath:"#/properties/waivers/items/properties/approver/minLength",keyword:"mi\
nLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.waivers.items.properties.approver,data:data90};
if(vErrors===null){vErrors=[err199]}else{vErrors.push(err199)}errors++}}else{const err200={instancePath:instancePath+"/waivers/"+i19+"/approver",schemaPath:"#/p\
roperties/waivers/items/properties/approver/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.properties.waivers.items.properties.
approver.type,parentSchema:schema31.properties.waivers.items.properties.approver,data:data90};if(vErrors===null){vErrors=[err200]}else{vErrors.push(err200)}errors++}}
if(data85.expires!==void 0){let data91=data85.expires;if(typeof data91==="string"){if(!formats0(data91)){const err201={instancePath:instancePath+"/waivers/"+i19+
"/expires",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema33,data:data91};
if(vErrors===null){vErrors=[err201]}else{vErrors.push(err201)}errors++}}else{const err202={instancePath:instancePath+"/waivers/"+i19+"/expires",schemaPath:"#/$d\
efs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data91};if(vErrors===null){vErrors=
[err202]}else{vErrors.push(err202)}errors++}}}else{const err203={instancePath:instancePath+"/waivers/"+i19,schemaPath:"#/properties/waivers/items/type",keyword:"\
type",params:{type:"object"},message:"must be object",schema:schema31.properties.waivers.items.type,parentSchema:schema31.properties.waivers.items,data:data85};
if(vErrors===null){vErrors=[err203]}else{vErrors.push(err203)}errors++}}}else{const err204={instancePath:instancePath+"/waivers",schemaPath:"#/properties/waiver\
s/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.waivers.type,parentSchema:schema31.properties.waivers,data:data84};
if(vErrors===null){vErrors=[err204]}else{vErrors.push(err204)}errors++}}if(data2.application!==void 0){let data92=data2.application;if(data92&&typeof data92=="o\
bject"&&!Array.isArray(data92)){for(const key18 in data92){if(!(key18==="organizationProfile"||key18==="organizationChart"||key18==="businessProcesses"||key18===
"documentList"||key18==="confidentialityStatement")){const err205={instancePath:instancePath+"/application",schemaPath:"#/properties/application/additionalPrope\
rties",keyword:"additionalProperties",params:{additionalProperty:key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.
application,data:data92};if(vErrors===null){vErrors=[err205]}else{vErrors.push(err205)}errors++}}if(data92.organizationProfile!==void 0){let data93=data92.organizationProfile;
if(typeof data93==="string"){if(func2(data93)<1){const err206={instancePath:instancePath+"/application/organizationProfile",schemaPath:"#/$defs/evidencePath/min\
Length",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data93};if(vErrors===null){vErrors=
[err206]}else{vErrors.push(err206)}errors++}}else{const err207={instancePath:instancePath+"/application/organizationProfile",schemaPath:"#/$defs/evidencePath/ty\
pe",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data93};if(vErrors===null){vErrors=[err207]}else{
vErrors.push(err207)}errors++}}if(data92.organizationChart!==void 0){let data94=data92.organizationChart;if(typeof data94==="string"){if(func2(data94)<1){const err208={
instancePath:instancePath+"/application/organizationChart",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT ha\
ve fewer than 1 characters",schema:1,parentSchema:schema32,data:data94};if(vErrors===null){vErrors=[err208]}else{vErrors.push(err208)}errors++}}else{const err209={
instancePath:instancePath+"/application/organizationChart",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",
schema:schema32.type,parentSchema:schema32,data:data94};if(vErrors===null){vErrors=[err209]}else{vErrors.push(err209)}errors++}}if(data92.businessProcesses!==void 0){
let data95=data92.businessProcesses;if(typeof data95==="string"){if(func2(data95)<1){const err210={instancePath:instancePath+"/application/businessProcesses",schemaPath:"\
#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data95};
if(vErrors===null){vErrors=[err210]}else{vErrors.push(err210)}errors++}}else{const err211={instancePath:instancePath+"/application/businessProcesses",schemaPath:"\
#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data95};if(vErrors===null){
vErrors=[err211]}else{vErrors.push(err211)}errors++}}if(data92.documentList!==void 0){let data96=data92.documentList;if(typeof data96==="string"){if(func2(data96)<
1){const err212={instancePath:instancePath+"/application/documentList",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"\
must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data96};if(vErrors===null){vErrors=[err212]}else{vErrors.push(err212)}errors++}}else{
const err213={instancePath:instancePath+"/application/documentList",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must b\
e string",schema:schema32.type,parentSchema:schema32,data:data96};if(vErrors===null){vErrors=[err213]}else{vErrors.push(err213)}errors++}}if(data92.confidentialityStatement!==
void 0){let data97=data92.confidentialityStatement;if(typeof data97==="string"){if(func2(data97)<1){const err214={instancePath:instancePath+"/application/confid\
entialityStatement",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,
data:data97};if(vErrors===null){vErrors=[err214]}else{vErrors.push(err214)}errors++}}else{const err215={instancePath:instancePath+"/application/confidentialityS\
tatement",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data97};
if(vErrors===null){vErrors=[err215]}else{vErrors.push(err215)}errors++}}}else{const err216={instancePath:instancePath+"/application",schemaPath:"#/properties/ap\
plication/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.application.type,parentSchema:schema31.properties.application,
data:data92};if(vErrors===null){vErrors=[err216]}else{vErrors.push(err216)}errors++}}if(data2.report!==void 0){let data98=data2.report;if(data98&&typeof data98==
"object"&&!Array.isArray(data98)){for(const key19 in data98){if(!(key19==="preparedBy"||key19==="logo"||key19==="version"||key19==="confidentiality"||key19==="d\
istribution")){const err217={instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key19},
message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.report,data:data98};if(vErrors===null){vErrors=[err217]}else{vErrors.
push(err217)}errors++}}if(data98.preparedBy!==void 0){let data99=data98.preparedBy;if(typeof data99==="string"){if(func2(data99)<1){const err218={instancePath:instancePath+
"/report/preparedBy",schemaPath:"#/properties/report/properties/preparedBy/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 c\
haracters",schema:1,parentSchema:schema31.properties.report.properties.preparedBy,data:data99};if(vErrors===null){vErrors=[err218]}else{vErrors.push(err218)}errors++}}else{
const err219={instancePath:instancePath+"/report/preparedBy",schemaPath:"#/properties/report/properties/preparedBy/type",keyword:"type",params:{type:"string"},message:"\
must be string",schema:schema31.properties.report.properties.preparedBy.type,parentSchema:schema31.properties.report.properties.preparedBy,data:data99};if(vErrors===
null){vErrors=[err219]}else{vErrors.push(err219)}errors++}}if(data98.logo!==void 0){let data100=data98.logo;if(typeof data100==="string"){if(func2(data100)<1){const err220={
instancePath:instancePath+"/report/logo",schemaPath:"#/properties/report/properties/logo/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have \
fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.logo,data:data100};if(vErrors===null){vErrors=[err220]}else{vErrors.push(err220)}
errors++}}else{const err221={instancePath:instancePath+"/report/logo",schemaPath:"#/properties/report/properties/logo/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema31.properties.report.properties.logo.type,parentSchema:schema31.properties.report.properties.logo,data:data100};if(vErrors===
null){vErrors=[err221]}else{vErrors.push(err221)}errors++}}if(data98.version!==void 0){let data101=data98.version;if(typeof data101==="string"){if(func2(data101)<
1){const err222={instancePath:instancePath+"/report/version",schemaPath:"#/properties/report/properties/version/minLength",keyword:"minLength",params:{limit:1},
message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.version,data:data101};if(vErrors===null){vErrors=[err222]}else{
vErrors.push(err222)}errors++}}else{const err223={instancePath:instancePath+"/report/version",schemaPath:"#/properties/report/properties/version/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema31.properties.report.properties.version.type,parentSchema:schema31.properties.report.properties.
version,data:data101};if(vErrors===null){vErrors=[err223]}else{vErrors.push(err223)}errors++}}if(data98.confidentiality!==void 0){let data102=data98.confidentiality;
if(typeof data102==="string"){if(func2(data102)<1){const err224={instancePath:instancePath+"/report/confidentiality",schemaPath:"#/properties/report/properties/\
confidentiality/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.
properties.confidentiality,data:data102};if(vErrors===null){vErrors=[err224]}else{vErrors.push(err224)}errors++}}else{const err225={instancePath:instancePath+"/\
report/confidentiality",schemaPath:"#/properties/report/properties/confidentiality/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.
properties.report.properties.confidentiality.type,parentSchema:schema31.properties.report.properties.confidentiality,data:data102};if(vErrors===null){vErrors=[err225]}else{
vErrors.push(err225)}errors++}}if(data98.distribution!==void 0){let data103=data98.distribution;if(Array.isArray(data103)){const len16=data103.length;for(let i20=0;i20<
len16;i20++){let data104=data103[i20];if(typeof data104==="string"){if(func2(data104)<1){const err226={instancePath:instancePath+"/report/distribution/"+i20,schemaPath:"\
#/properties/report/properties/distribution/items/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.
properties.report.properties.distribution.items,data:data104};if(vErrors===null){vErrors=[err226]}else{vErrors.push(err226)}errors++}}else{const err227={instancePath:instancePath+
"/report/distribution/"+i20,schemaPath:"#/properties/report/properties/distribution/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema31.
properties.report.properties.distribution.items.type,parentSchema:schema31.properties.report.properties.distribution.items,data:data104};if(vErrors===null){vErrors=
[err227]}else{vErrors.push(err227)}errors++}}}else{const err228={instancePath:instancePath+"/report/distribution",schemaPath:"#/properties/report/properties/dis\
tribution/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema31.properties.report.properties.distribution.type,parentSchema:schema31.
properties.report.properties.distribution,data:data103};if(vErrors===null){vErrors=[err228]}else{vErrors.push(err228)}errors++}}}else{const err229={instancePath:instancePath+
"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema31.properties.report.type,parentSchema:schema31.
properties.report,data:data98};if(vErrors===null){vErrors=[err229]}else{vErrors.push(err229)}errors++}}}else{const err230={instancePath,schemaPath:"#/type",keyword:"\
type",params:{type:"object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data:data2};if(vErrors===null){vErrors=[err230]}else{vErrors.push(
err230)}errors++}validate20.errors=vErrors;return errors===0}validate20.evaluated={"props":true,"dynamicProps":false,"dynamicItems":false};exports2.document=validate25;
function validate25(data2,{instancePath="",parentData,parentDataProperty,rootData=data2,dynamicAnchors={}}={}){let vErrors=null;let errors=0;const evaluated0=validate25.
evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}if(data2&&typeof data2=="object"&&!Array.isArray(
data2)){if(data2.id===void 0){const err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"id"},message:"must have required prop\
erty 'id'",schema:schema42.required,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}if(data2.title===void 0){
const err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"title"},message:"must have required property 'title'",schema:schema42.
required,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.push(err1)}errors++}if(data2.satisfies===void 0){const err2={instancePath,
schemaPath:"#/required",keyword:"required",params:{missingProperty:"satisfies"},message:"must have required property 'satisfies'",schema:schema42.required,parentSchema:schema42,
data:data2};if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}for(const key0 in data2){if(!func1.call(schema42.properties,key0)){const err3={instancePath,
schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,
data:data2};if(vErrors===null){vErrors=[err3]}else{vErrors.push(err3)}errors++}}if(data2.id!==void 0){let data0=data2.id;if(typeof data0==="string"){if(!pattern4.
test(data0)){const err4={instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'\
must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data0};if(vErrors===null){vErrors=[err4]}else{
vErrors.push(err4)}errors++}}else{const err5={instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must b\
e string",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors===null){vErrors=[err5]}else{vErrors.push(err5)}errors++}}if(data2.title!==void 0){let data1=data2.
title;if(typeof data1==="string"){if(func2(data1)<1){const err6={instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",
params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.title,data:data1};if(vErrors===null){vErrors=[err6]}else{
vErrors.push(err6)}errors++}}else{const err7={instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type:"string"},message:"\
must be string",schema:schema42.properties.title.type,parentSchema:schema42.properties.title,data:data1};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}
errors++}}if(data2.satisfies!==void 0){let data22=data2.satisfies;if(Array.isArray(data22)){const len0=data22.length;for(let i0=0;i0<len0;i0++){let data3=data22[i0];
if(typeof data3!=="string"){const err8={instancePath:instancePath+"/satisfies/"+i0,schemaPath:"#/$defs/requirementId/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};if(vErrors===null){vErrors=[err8]}else{vErrors.push(err8)}errors++}if(!(data3===
"context-issues"||data3==="interested-party-requirements"||data3==="sms-scope"||data3==="sms-processes"||data3==="service-management-policy"||data3==="roles-and\
-responsibilities"||data3==="risk-management-approach"||data3==="risks-and-opportunities"||data3==="service-management-objectives"||data3==="objectives-plan"||data3===
"service-management-plan"||data3==="resource-plan"||data3==="competence-records"||data3==="awareness-records"||data3==="communication-plan"||data3==="document-c\
ontrol-procedure"||data3==="required-procedures"||data3==="conformity-records"||data3==="knowledge-base"||data3==="operational-control-records"||data3==="servic\
e-requirements"||data3==="other-party-governance"||data3==="service-catalogue"||data3==="asset-register"||data3==="configuration-information"||data3==="service-\
stakeholders"||data3==="service-complaint-records"||data3==="customer-satisfaction-results"||data3==="service-level-agreements"||data3==="service-level-reviews"||
data3==="external-supplier-contracts"||data3==="supplier-dispute-records"||data3==="supplier-performance-reviews"||data3==="internal-agreements"||data3==="servi\
ce-budget"||data3==="demand-forecast"||data3==="capacity-plan"||data3==="change-management-policy"||data3==="change-records"||data3==="change-schedule"||data3===
"new-service-plans"||data3==="service-design"||data3==="service-acceptance-criteria"||data3==="release-policy"||data3==="release-records"||data3==="incident-rec\
ords"||data3==="major-incident-procedure"||data3==="service-request-records"||data3==="service-request-instructions"||data3==="problem-records"||data3==="known-\
error-records"||data3==="availability-requirements"||data3==="availability-risk-assessment"||data3==="availability-monitoring-results"||data3==="service-continu\
ity-requirements"||data3==="service-continuity-plan"||data3==="continuity-risk-assessment"||data3==="continuity-test-reports"||data3==="information-security-pol\
icy"||data3==="information-security-risk-assessment"||data3==="information-security-controls"||data3==="information-security-incident-records"||data3==="monitor\
ing-and-evaluation-results"||data3==="internal-audit-programme"||data3==="internal-audit-results"||data3==="management-review-results"||data3==="service-reports"||
data3==="nonconformity-records"||data3==="improvement-evaluation-criteria"||data3==="improvement-opportunity-records")){const err9={instancePath:instancePath+"/\
satisfies/"+i0,schemaPath:"#/$defs/requirementId/enum",keyword:"enum",params:{allowedValues:schema38.enum},message:"must be equal to one of the allowed values",
schema:schema38.enum,parentSchema:schema38,data:data3};if(vErrors===null){vErrors=[err9]}else{vErrors.push(err9)}errors++}}let i1=data22.length;let j0;if(i1>1){
outer0:for(;i1--;){for(j0=i1;j0--;){if(func0(data22[i1],data22[j0])){const err10={instancePath:instancePath+"/satisfies",schemaPath:"#/properties/satisfies/uniq\
ueItems",keyword:"uniqueItems",params:{i:i1,j:j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema42.
properties.satisfies,data:data22};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++;break outer0}}}}}else{const err11={instancePath:instancePath+
"/satisfies",schemaPath:"#/properties/satisfies/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema42.properties.satisfies.type,parentSchema:schema42.
properties.satisfies,data:data22};if(vErrors===null){vErrors=[err11]}else{vErrors.push(err11)}errors++}}if(data2.services!==void 0){let data4=data2.services;if(Array.
isArray(data4)){const len1=data4.length;for(let i2=0;i2<len1;i2++){let data5=data4[i2];if(typeof data5==="string"){if(!pattern4.test(data5)){const err12={instancePath:instancePath+
"/services/"+i2,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must match pattern "^[A-Za-z0-9][A-Za\
-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema35,data:data5};if(vErrors===null){vErrors=[err12]}else{vErrors.push(err12)}errors++}}else{
const err13={instancePath:instancePath+"/services/"+i2,schemaPath:"#/$defs/id/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema35.
type,parentSchema:schema35,data:data5};if(vErrors===null){vErrors=[err13]}else{vErrors.push(err13)}errors++}}}else{const err14={instancePath:instancePath+"/serv\
ices",schemaPath:"#/properties/services/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema42.properties.services.type,parentSchema:schema42.
properties.services,data:data4};if(vErrors===null){vErrors=[err14]}else{vErrors.push(err14)}errors++}}if(data2.owner!==void 0){let data6=data2.owner;if(typeof data6===
"string"){if(func2(data6)<1){const err15={instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit:1},message:"\
must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.owner,data:data6};if(vErrors===null){vErrors=[err15]}else{vErrors.push(err15)}errors++}}else{
const err16={instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema42.
properties.owner.type,parentSchema:schema42.properties.owner,data:data6};if(vErrors===null){vErrors=[err16]}else{vErrors.push(err16)}errors++}}if(data2.version!==
void 0){let data7=data2.version;if(typeof data7==="string"){if(func2(data7)<1){const err17={instancePath:instancePath+"/version",schemaPath:"#/properties/versio\
n/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.version,data:data7};
if(vErrors===null){vErrors=[err17]}else{vErrors.push(err17)}errors++}}else{const err18={instancePath:instancePath+"/version",schemaPath:"#/properties/version/ty\
pe",keyword:"type",params:{type:"string"},message:"must be string",schema:schema42.properties.version.type,parentSchema:schema42.properties.version,data:data7};
if(vErrors===null){vErrors=[err18]}else{vErrors.push(err18)}errors++}}if(data2.status!==void 0){let data8=data2.status;if(!(data8==="draft"||data8==="in-review"||
data8==="approved"||data8==="retired")){const err19={instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues:schema42.
properties.status.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.status.enum,parentSchema:schema42.properties.status,data:data8};
if(vErrors===null){vErrors=[err19]}else{vErrors.push(err19)}errors++}}if(data2.approvalDate!==void 0){let data9=data2.approvalDate;if(typeof data9==="string"){if(!formats0(
data9)){const err20={instancePath:instancePath+"/approvalDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match form\
at "date"',schema:"date",parentSchema:schema33,data:data9};if(vErrors===null){vErrors=[err20]}else{vErrors.push(err20)}errors++}}else{const err21={instancePath:instancePath+
"/approvalDate",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors===null){vErrors=[err21]}else{vErrors.push(err21)}errors++}}if(data2.firstIssued!==void 0){let data10=data2.firstIssued;if(typeof data10==="string"){if(!formats0(
data10)){const err22={instancePath:instancePath+"/firstIssued",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match form\
at "date"',schema:"date",parentSchema:schema33,data:data10};if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}errors++}}else{const err23={instancePath:instancePath+
"/firstIssued",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors===null){vErrors=[err23]}else{vErrors.push(err23)}errors++}}if(data2.nextReviewDate!==void 0){let data11=data2.nextReviewDate;if(typeof data11==="stri\
ng"){if(!formats0(data11)){const err24={instancePath:instancePath+"/nextReviewDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'\
must match format "date"',schema:"date",parentSchema:schema33,data:data11};if(vErrors===null){vErrors=[err24]}else{vErrors.push(err24)}errors++}}else{const err25={
instancePath:instancePath+"/nextReviewDate",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema33.type,parentSchema:schema33,
data:data11};if(vErrors===null){vErrors=[err25]}else{vErrors.push(err25)}errors++}}if(data2.processes!==void 0){let data12=data2.processes;if(Array.isArray(data12)){
const len2=data12.length;for(let i3=0;i3<len2;i3++){let data13=data12[i3];if(typeof data13!=="string"){const err26={instancePath:instancePath+"/processes/"+i3,schemaPath:"\
#/$defs/clauseId/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data13};if(vErrors===null){
vErrors=[err26]}else{vErrors.push(err26)}errors++}if(!(data13==="4"||data13==="4.1"||data13==="4.2"||data13==="4.3"||data13==="4.4"||data13==="5"||data13==="5.1"||
data13==="5.2"||data13==="5.2.1"||data13==="5.2.2"||data13==="5.3"||data13==="6"||data13==="6.1"||data13==="6.2"||data13==="6.2.1"||data13==="6.2.2"||data13==="\
6.3"||data13==="7"||data13==="7.1"||data13==="7.2"||data13==="7.3"||data13==="7.4"||data13==="7.5"||data13==="7.5.1"||data13==="7.5.2"||data13==="7.5.3"||data13===
"7.5.4"||data13==="7.6"||data13==="8"||data13==="8.1"||data13==="8.2"||data13==="8.2.1"||data13==="8.2.2"||data13==="8.2.3"||data13==="8.2.4"||data13==="8.2.5"||
data13==="8.2.6"||data13==="8.3"||data13==="8.3.1"||data13==="8.3.2"||data13==="8.3.3"||data13==="8.3.4"||data13==="8.3.4.1"||data13==="8.3.4.2"||data13==="8.4"||
data13==="8.4.1"||data13==="8.4.2"||data13==="8.4.3"||data13==="8.5"||data13==="8.5.1"||data13==="8.5.1.1"||data13==="8.5.1.2"||data13==="8.5.1.3"||data13==="8.\
5.2"||data13==="8.5.2.1"||data13==="8.5.2.2"||data13==="8.5.2.3"||data13==="8.5.3"||data13==="8.6"||data13==="8.6.1"||data13==="8.6.2"||data13==="8.6.3"||data13===
"8.7"||data13==="8.7.1"||data13==="8.7.2"||data13==="8.7.3"||data13==="8.7.3.1"||data13==="8.7.3.2"||data13==="8.7.3.3"||data13==="9"||data13==="9.1"||data13===
"9.2"||data13==="9.3"||data13==="9.4"||data13==="10"||data13==="10.1"||data13==="10.2")){const err27={instancePath:instancePath+"/processes/"+i3,schemaPath:"#/$\
defs/clauseId/enum",keyword:"enum",params:{allowedValues:schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,
data:data13};if(vErrors===null){vErrors=[err27]}else{vErrors.push(err27)}errors++}}let i4=data12.length;let j1;if(i4>1){outer1:for(;i4--;){for(j1=i4;j1--;){if(func0(
data12[i4],data12[j1])){const err28={instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/uniqueItems",keyword:"uniqueItems",params:{i:i4,j:j1},
message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema42.properties.processes,data:data12};if(vErrors===
null){vErrors=[err28]}else{vErrors.push(err28)}errors++;break outer1}}}}}else{const err29={instancePath:instancePath+"/processes",schemaPath:"#/properties/proce\
sses/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema42.properties.processes.type,parentSchema:schema42.properties.processes,data:data12};
if(vErrors===null){vErrors=[err29]}else{vErrors.push(err29)}errors++}}if(data2.evidence!==void 0){let data14=data2.evidence;if(typeof data14==="string"){if(func2(
data14)<1){const err30={instancePath:instancePath+"/evidence",schemaPath:"#/$defs/evidencePath/minLength",keyword:"minLength",params:{limit:1},message:"must NOT\
 have fewer than 1 characters",schema:1,parentSchema:schema32,data:data14};if(vErrors===null){vErrors=[err30]}else{vErrors.push(err30)}errors++}}else{const err31={
instancePath:instancePath+"/evidence",schemaPath:"#/$defs/evidencePath/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema32.type,
parentSchema:schema32,data:data14};if(vErrors===null){vErrors=[err31]}else{vErrors.push(err31)}errors++}}if(data2.sha256!==void 0){let data15=data2.sha256;if(typeof data15===
"string"){if(!pattern8.test(data15)){const err32={instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern:"\
^[0-9a-f]{64}$"},message:'must match pattern "^[0-9a-f]{64}$"',schema:"^[0-9a-f]{64}$",parentSchema:schema42.properties.sha256,data:data15};if(vErrors===null){vErrors=
[err32]}else{vErrors.push(err32)}errors++}}else{const err33={instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type:"\
string"},message:"must be string",schema:schema42.properties.sha256.type,parentSchema:schema42.properties.sha256,data:data15};if(vErrors===null){vErrors=[err33]}else{
vErrors.push(err33)}errors++}}}else{const err34={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema42.
type,parentSchema:schema42,data:data2};if(vErrors===null){vErrors=[err34]}else{vErrors.push(err34)}errors++}validate25.errors=vErrors;return errors===0}validate25.
evaluated={"props":true,"dynamicProps":false,"dynamicItems":false};exports2.gapAssessment=validate26;var schema85={"$schema":"https://json-schema.org/draft/2020\
-12/schema","$id":"https://raw.githubusercontent.com/iso20k/iso20k/v0.1.0/schemas/gap-assessment.schema.json","type":"object","additionalProperties":false,"requ\
ired":["assessment","items"],"properties":{"assessment":{"type":"object","additionalProperties":false,"required":["assessor","date"],"properties":{"sms":{"type":"\
string","minLength":1},"assessor":{"type":"string","minLength":1},"date":{"$ref":"#/$defs/date"}}},"items":{"type":"array","items":{"$ref":"#/$defs/item"}},"act\
ions":{"type":"array","items":{"$ref":"#/$defs/action"}},"report":{"type":"object","additionalProperties":false,"required":[],"properties":{"preparedBy":{"type":"\
string","minLength":1},"logo":{"type":"string","minLength":1},"version":{"type":"string","minLength":1},"confidentiality":{"type":"string","minLength":1},"distr\
ibution":{"type":"array","items":{"type":"string","minLength":1}}}}},"$defs":{"item":{"type":"object","additionalProperties":false,"required":["clause","status"],
"properties":{"clause":{"type":"string","enum":["4.1","4.2","4.3","4.4","5.1","5.2.1","5.2.2","5.3","6.1","6.2.1","6.2.2","6.3","7.1","7.2","7.3","7.4","7.5.1",
"7.5.2","7.5.3","7.5.4","7.6","8.1","8.2.1","8.2.2","8.2.3","8.2.4","8.2.5","8.2.6","8.3.1","8.3.2","8.3.3","8.3.4.1","8.3.4.2","8.4.1","8.4.2","8.4.3","8.5.1.1",
"8.5.1.2","8.5.1.3","8.5.2.1","8.5.2.2","8.5.2.3","8.5.3","8.6.1","8.6.2","8.6.3","8.7.1","8.7.2","8.7.3.1","8.7.3.2","8.7.3.3","9.1","9.2","9.3","9.4","10.1","\
10.2"]},"status":{"type":"string","enum":["not-assessed","not-addressed","initial","inconsistent","conforming","not-applicable"]},"evidence":{"type":"array","it\
ems":{"$ref":"#/$defs/evidence"}},"note":{"type":"string","minLength":1},"assessor":{"type":"string","minLength":1},"date":{"$ref":"#/$defs/date"}}},"evidence":{
"oneOf":[{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","minLength":1}}},{"type":"object","addi\
tionalProperties":false,"required":["record"],"properties":{"record":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":[
"file"],"properties":{"file":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["interview"],"properties":{"interview":{
"type":"object","additionalProperties":false,"required":["role","date"],"properties":{"role":{"type":"string","minLength":1},"name":{"type":"string","minLength":1},
"date":{"$ref":"#/$defs/date"}}}}},{"type":"object","additionalProperties":false,"required":["observation"],"properties":{"observation":{"type":"string","minLen\
gth":1}}}]},"action":{"type":"object","additionalProperties":false,"required":["id","action","due","status"],"properties":{"id":{"type":"string","pattern":"^[A-\
Za-z0-9][A-Za-z0-9._-]*$"},"action":{"type":"string","minLength":1},"owner":{"type":"string","minLength":1},"due":{"$ref":"#/$defs/date"},"status":{"enum":["ope\
n","in-progress","done","cancelled"]},"items":{"type":"array","items":{"type":"string","enum":["4.1","4.2","4.3","4.4","5.1","5.2.1","5.2.2","5.3","6.1","6.2.1",
"6.2.2","6.3","7.1","7.2","7.3","7.4","7.5.1","7.5.2","7.5.3","7.5.4","7.6","8.1","8.2.1","8.2.2","8.2.3","8.2.4","8.2.5","8.2.6","8.3.1","8.3.2","8.3.3","8.3.4\
.1","8.3.4.2","8.4.1","8.4.2","8.4.3","8.5.1.1","8.5.1.2","8.5.1.3","8.5.2.1","8.5.2.2","8.5.2.3","8.5.3","8.6.1","8.6.2","8.6.3","8.7.1","8.7.2","8.7.3.1","8.7\
.3.2","8.7.3.3","9.1","9.2","9.3","9.4","10.1","10.2"]},"uniqueItems":true},"requirements":{"type":"array","items":{"type":"string","enum":["context-issues","in\
terested-party-requirements","sms-scope","sms-processes","service-management-policy","roles-and-responsibilities","risk-management-approach","risks-and-opportun\
ities","service-management-objectives","objectives-plan","service-management-plan","resource-plan","competence-records","awareness-records","communication-plan",
"document-control-procedure","required-procedures","conformity-records","knowledge-base","operational-control-records","service-requirements","other-party-gover\
nance","service-catalogue","asset-register","configuration-information","service-stakeholders","service-complaint-records","customer-satisfaction-results","serv\
ice-level-agreements","service-level-reviews","external-supplier-contracts","supplier-dispute-records","supplier-performance-reviews","internal-agreements","ser\
vice-budget","demand-forecast","capacity-plan","change-management-policy","change-records","change-schedule","new-service-plans","service-design","service-accep\
tance-criteria","release-policy","release-records","incident-records","major-incident-procedure","service-request-records","service-request-instructions","probl\
em-records","known-error-records","availability-requirements","availability-risk-assessment","availability-monitoring-results","service-continuity-requirements",
"service-continuity-plan","continuity-risk-assessment","continuity-test-reports","information-security-policy","information-security-risk-assessment","informati\
on-security-controls","information-security-incident-records","monitoring-and-evaluation-results","internal-audit-programme","internal-audit-results","managemen\
t-review-results","service-reports","nonconformity-records","improvement-evaluation-criteria","improvement-opportunity-records"]},"uniqueItems":true}}},"date":{
"type":"string","format":"date"}}};var schema86={"type":"string","format":"date"};var schema87={"type":"object","additionalProperties":false,"required":["clause",
"status"],"properties":{"clause":{"type":"string","enum":["4.1","4.2","4.3","4.4","5.1","5.2.1","5.2.2","5.3","6.1","6.2.1","6.2.2","6.3","7.1","7.2","7.3","7.4",
"7.5.1","7.5.2","7.5.3","7.5.4","7.6","8.1","8.2.1","8.2.2","8.2.3","8.2.4","8.2.5","8.2.6","8.3.1","8.3.2","8.3.3","8.3.4.1","8.3.4.2","8.4.1","8.4.2","8.4.3",
"8.5.1.1","8.5.1.2","8.5.1.3","8.5.2.1","8.5.2.2","8.5.2.3","8.5.3","8.6.1","8.6.2","8.6.3","8.7.1","8.7.2","8.7.3.1","8.7.3.2","8.7.3.3","9.1","9.2","9.3","9.4",
"10.1","10.2"]},"status":{"type":"string","enum":["not-assessed","not-addressed","initial","inconsistent","conforming","not-applicable"]},"evidence":{"type":"ar\
ray","items":{"$ref":"#/$defs/evidence"}},"note":{"type":"string","minLength":1},"assessor":{"type":"string","minLength":1},"date":{"$ref":"#/$defs/date"}}};var schema88={
"oneOf":[{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","minLength":1}}},{"type":"object","addi\
tionalProperties":false,"required":["record"],"properties":{"record":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":[
"file"],"properties":{"file":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["interview"],"properties":{"interview":{
"type":"object","additionalProperties":false,"required":["role","date"],"properties":{"role":{"type":"string","minLength":1},"name":{"type":"string","minLength":1},
"date":{"$ref":"#/$defs/date"}}}}},{"type":"object","additionalProperties":false,"required":["observation"],"properties":{"observation":{"type":"string","minLen\
gth":1}}}]};function validate28(data2,{instancePath="",parentData,parentDataProperty,rootData=data2,dynamicAnchors={}}={}){let vErrors=null;let errors=0;const evaluated0=validate28.
evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}const _errs0=errors;let valid0=false;let passing0=null;
const _errs1=errors;if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.document===void 0){const err0={instancePath,schemaPath:"#/oneOf/0/required",
keyword:"required",params:{missingProperty:"document"},message:"must have required property 'document'",schema:schema88.oneOf[0].required,parentSchema:schema88.
oneOf[0],data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}for(const key0 in data2){if(!(key0==="document")){const err1={instancePath,
schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must NOT have additional properties",schema:false,
parentSchema:schema88.oneOf[0],data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.push(err1)}errors++}}if(data2.document!==void 0){let data0=data2.document;
if(typeof data0==="string"){if(func2(data0)<1){const err2={instancePath:instancePath+"/document",schemaPath:"#/oneOf/0/properties/document/minLength",keyword:"m\
inLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.oneOf[0].properties.document,data:data0};if(vErrors===
null){vErrors=[err2]}else{vErrors.push(err2)}errors++}}else{const err3={instancePath:instancePath+"/document",schemaPath:"#/oneOf/0/properties/document/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema88.oneOf[0].properties.document.type,parentSchema:schema88.oneOf[0].properties.document,data:data0};
if(vErrors===null){vErrors=[err3]}else{vErrors.push(err3)}errors++}}}else{const err4={instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type:"obje\
ct"},message:"must be object",schema:schema88.oneOf[0].type,parentSchema:schema88.oneOf[0],data:data2};if(vErrors===null){vErrors=[err4]}else{vErrors.push(err4)}
errors++}var _valid0=_errs1===errors;if(_valid0){valid0=true;passing0=0;var props0=true}const _errs6=errors;if(data2&&typeof data2=="object"&&!Array.isArray(data2)){
if(data2.record===void 0){const err5={instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty:"record"},message:"must have requi\
red property 'record'",schema:schema88.oneOf[1].required,parentSchema:schema88.oneOf[1],data:data2};if(vErrors===null){vErrors=[err5]}else{vErrors.push(err5)}errors++}
for(const key1 in data2){if(!(key1==="record")){const err6={instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key1},
message:"must NOT have additional properties",schema:false,parentSchema:schema88.oneOf[1],data:data2};if(vErrors===null){vErrors=[err6]}else{vErrors.push(err6)}
errors++}}if(data2.record!==void 0){let data1=data2.record;if(typeof data1==="string"){if(func2(data1)<1){const err7={instancePath:instancePath+"/record",schemaPath:"\
#/oneOf/1/properties/record/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.oneOf[1].
properties.record,data:data1};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}errors++}}else{const err8={instancePath:instancePath+"/record",schemaPath:"\
#/oneOf/1/properties/record/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema88.oneOf[1].properties.record.type,parentSchema:schema88.
oneOf[1].properties.record,data:data1};if(vErrors===null){vErrors=[err8]}else{vErrors.push(err8)}errors++}}}else{const err9={instancePath,schemaPath:"#/oneOf/1/\
type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema88.oneOf[1].type,parentSchema:schema88.oneOf[1],data:data2};if(vErrors===null){
vErrors=[err9]}else{vErrors.push(err9)}errors++}var _valid0=_errs6===errors;if(_valid0&&valid0){valid0=false;passing0=[passing0,1]}else{if(_valid0){valid0=true;
passing0=1;if(props0!==true){props0=true}}const _errs11=errors;if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.file===void 0){const err10={instancePath,
schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty:"file"},message:"must have required property 'file'",schema:schema88.oneOf[2].required,
parentSchema:schema88.oneOf[2],data:data2};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++}for(const key2 in data2){if(!(key2==="file")){const err11={
instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key2},message:"must NOT have additional prope\
rties",schema:false,parentSchema:schema88.oneOf[2],data:data2};if(vErrors===null){vErrors=[err11]}else{vErrors.push(err11)}errors++}}if(data2.file!==void 0){let data22=data2.
file;if(typeof data22==="string"){if(func2(data22)<1){const err12={instancePath:instancePath+"/file",schemaPath:"#/oneOf/2/properties/file/minLength",keyword:"m\
inLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.oneOf[2].properties.file,data:data22};if(vErrors===null){
vErrors=[err12]}else{vErrors.push(err12)}errors++}}else{const err13={instancePath:instancePath+"/file",schemaPath:"#/oneOf/2/properties/file/type",keyword:"type",
params:{type:"string"},message:"must be string",schema:schema88.oneOf[2].properties.file.type,parentSchema:schema88.oneOf[2].properties.file,data:data22};if(vErrors===
null){vErrors=[err13]}else{vErrors.push(err13)}errors++}}}else{const err14={instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type:"object"},message:"\
must be object",schema:schema88.oneOf[2].type,parentSchema:schema88.oneOf[2],data:data2};if(vErrors===null){vErrors=[err14]}else{vErrors.push(err14)}errors++}var _valid0=_errs11===
errors;if(_valid0&&valid0){valid0=false;passing0=[passing0,2]}else{if(_valid0){valid0=true;passing0=2;if(props0!==true){props0=true}}const _errs16=errors;if(data2&&
typeof data2=="object"&&!Array.isArray(data2)){if(data2.interview===void 0){const err15={instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{
missingProperty:"interview"},message:"must have required property 'interview'",schema:schema88.oneOf[3].required,parentSchema:schema88.oneOf[3],data:data2};if(vErrors===
null){vErrors=[err15]}else{vErrors.push(err15)}errors++}for(const key3 in data2){if(!(key3==="interview")){const err16={instancePath,schemaPath:"#/oneOf/3/addit\
ionalProperties",keyword:"additionalProperties",params:{additionalProperty:key3},message:"must NOT have additional properties",schema:false,parentSchema:schema88.
oneOf[3],data:data2};if(vErrors===null){vErrors=[err16]}else{vErrors.push(err16)}errors++}}if(data2.interview!==void 0){let data3=data2.interview;if(data3&&typeof data3==
"object"&&!Array.isArray(data3)){if(data3.role===void 0){const err17={instancePath:instancePath+"/interview",schemaPath:"#/oneOf/3/properties/interview/required",
keyword:"required",params:{missingProperty:"role"},message:"must have required property 'role'",schema:schema88.oneOf[3].properties.interview.required,parentSchema:schema88.
oneOf[3].properties.interview,data:data3};if(vErrors===null){vErrors=[err17]}else{vErrors.push(err17)}errors++}if(data3.date===void 0){const err18={instancePath:instancePath+
"/interview",schemaPath:"#/oneOf/3/properties/interview/required",keyword:"required",params:{missingProperty:"date"},message:"must have required property 'date'",
schema:schema88.oneOf[3].properties.interview.required,parentSchema:schema88.oneOf[3].properties.interview,data:data3};if(vErrors===null){vErrors=[err18]}else{vErrors.
push(err18)}errors++}for(const key4 in data3){if(!(key4==="role"||key4==="name"||key4==="date")){const err19={instancePath:instancePath+"/interview",schemaPath:"\
#/oneOf/3/properties/interview/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key4},message:"must NOT have additional propertie\
s",schema:false,parentSchema:schema88.oneOf[3].properties.interview,data:data3};if(vErrors===null){vErrors=[err19]}else{vErrors.push(err19)}errors++}}if(data3.role!==
void 0){let data4=data3.role;if(typeof data4==="string"){if(func2(data4)<1){const err20={instancePath:instancePath+"/interview/role",schemaPath:"#/oneOf/3/prope\
rties/interview/properties/role/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.oneOf[3].
properties.interview.properties.role,data:data4};if(vErrors===null){vErrors=[err20]}else{vErrors.push(err20)}errors++}}else{const err21={instancePath:instancePath+
"/interview/role",schemaPath:"#/oneOf/3/properties/interview/properties/role/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema88.
oneOf[3].properties.interview.properties.role.type,parentSchema:schema88.oneOf[3].properties.interview.properties.role,data:data4};if(vErrors===null){vErrors=[err21]}else{
vErrors.push(err21)}errors++}}if(data3.name!==void 0){let data5=data3.name;if(typeof data5==="string"){if(func2(data5)<1){const err22={instancePath:instancePath+
"/interview/name",schemaPath:"#/oneOf/3/properties/interview/properties/name/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1\
 characters",schema:1,parentSchema:schema88.oneOf[3].properties.interview.properties.name,data:data5};if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}
errors++}}else{const err23={instancePath:instancePath+"/interview/name",schemaPath:"#/oneOf/3/properties/interview/properties/name/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema88.oneOf[3].properties.interview.properties.name.type,parentSchema:schema88.oneOf[3].properties.interview.properties.
name,data:data5};if(vErrors===null){vErrors=[err23]}else{vErrors.push(err23)}errors++}}if(data3.date!==void 0){let data6=data3.date;if(typeof data6==="string"){
if(!formats0(data6)){const err24={instancePath:instancePath+"/interview/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'\
must match format "date"',schema:"date",parentSchema:schema86,data:data6};if(vErrors===null){vErrors=[err24]}else{vErrors.push(err24)}errors++}}else{const err25={
instancePath:instancePath+"/interview/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema86.type,parentSchema:schema86,
data:data6};if(vErrors===null){vErrors=[err25]}else{vErrors.push(err25)}errors++}}}else{const err26={instancePath:instancePath+"/interview",schemaPath:"#/oneOf/\
3/properties/interview/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema88.oneOf[3].properties.interview.type,parentSchema:schema88.
oneOf[3].properties.interview,data:data3};if(vErrors===null){vErrors=[err26]}else{vErrors.push(err26)}errors++}}}else{const err27={instancePath,schemaPath:"#/on\
eOf/3/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema88.oneOf[3].type,parentSchema:schema88.oneOf[3],data:data2};if(vErrors===
null){vErrors=[err27]}else{vErrors.push(err27)}errors++}var _valid0=_errs16===errors;if(_valid0&&valid0){valid0=false;passing0=[passing0,3]}else{if(_valid0){valid0=
true;passing0=3;if(props0!==true){props0=true}}const _errs29=errors;if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.observation===void 0){const err28={
instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty:"observation"},message:"must have required property 'observation'",schema:schema88.
oneOf[4].required,parentSchema:schema88.oneOf[4],data:data2};if(vErrors===null){vErrors=[err28]}else{vErrors.push(err28)}errors++}for(const key5 in data2){if(!(key5===
"observation")){const err29={instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key5},message:"m\
ust NOT have additional properties",schema:false,parentSchema:schema88.oneOf[4],data:data2};if(vErrors===null){vErrors=[err29]}else{vErrors.push(err29)}errors++}}
if(data2.observation!==void 0){let data7=data2.observation;if(typeof data7==="string"){if(func2(data7)<1){const err30={instancePath:instancePath+"/observation",
schemaPath:"#/oneOf/4/properties/observation/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.
oneOf[4].properties.observation,data:data7};if(vErrors===null){vErrors=[err30]}else{vErrors.push(err30)}errors++}}else{const err31={instancePath:instancePath+"/\
observation",schemaPath:"#/oneOf/4/properties/observation/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema88.oneOf[4].properties.
observation.type,parentSchema:schema88.oneOf[4].properties.observation,data:data7};if(vErrors===null){vErrors=[err31]}else{vErrors.push(err31)}errors++}}}else{const err32={
instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema88.oneOf[4].type,parentSchema:schema88.oneOf[4],
data:data2};if(vErrors===null){vErrors=[err32]}else{vErrors.push(err32)}errors++}var _valid0=_errs29===errors;if(_valid0&&valid0){valid0=false;passing0=[passing0,
4]}else{if(_valid0){valid0=true;passing0=4;if(props0!==true){props0=true}}}}}}if(!valid0){const err33={instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{
passingSchemas:passing0},message:"must match exactly one schema in oneOf",schema:schema88.oneOf,parentSchema:schema88,data:data2};if(vErrors===null){vErrors=[err33]}else{
vErrors.push(err33)}errors++}else{errors=_errs0;if(vErrors!==null){if(_errs0){vErrors.length=_errs0}else{vErrors=null}}}validate28.errors=vErrors;evaluated0.props=
props0;return errors===0}validate28.evaluated={"dynamicProps":true,"dynamicItems":false};function validate27(data2,{instancePath="",parentData,parentDataProperty,
rootData=data2,dynamicAnchors={}}={}){let vErrors=null;let errors=0;const evaluated0=validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.
dynamicItems){evaluated0.items=void 0}if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.clause===void 0){const err0={instancePath,schemaPath:"#/\
required",keyword:"required",params:{missingProperty:"clause"},message:"must have required property 'clause'",schema:schema87.required,parentSchema:schema87,data:data2};
if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}if(data2.status===void 0){const err1={instancePath,schemaPath:"#/required",keyword:"required",
params:{missingProperty:"status"},message:"must have required property 'status'",schema:schema87.required,parentSchema:schema87,data:data2};if(vErrors===null){vErrors=
[err1]}else{vErrors.push(err1)}errors++}for(const key0 in data2){if(!(key0==="clause"||key0==="status"||key0==="evidence"||key0==="note"||key0==="assessor"||key0===
"date")){const err2={instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must NOT have add\
itional properties",schema:false,parentSchema:schema87,data:data2};if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}}if(data2.clause!==void 0){
let data0=data2.clause;if(typeof data0!=="string"){const err3={instancePath:instancePath+"/clause",schemaPath:"#/properties/clause/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema87.properties.clause.type,parentSchema:schema87.properties.clause,data:data0};if(vErrors===null){vErrors=[err3]}else{
vErrors.push(err3)}errors++}if(!(data0==="4.1"||data0==="4.2"||data0==="4.3"||data0==="4.4"||data0==="5.1"||data0==="5.2.1"||data0==="5.2.2"||data0==="5.3"||data0===
"6.1"||data0==="6.2.1"||data0==="6.2.2"||data0==="6.3"||data0==="7.1"||data0==="7.2"||data0==="7.3"||data0==="7.4"||data0==="7.5.1"||data0==="7.5.2"||data0==="7\
.5.3"||data0==="7.5.4"||data0==="7.6"||data0==="8.1"||data0==="8.2.1"||data0==="8.2.2"||data0==="8.2.3"||data0==="8.2.4"||data0==="8.2.5"||data0==="8.2.6"||data0===
"8.3.1"||data0==="8.3.2"||data0==="8.3.3"||data0==="8.3.4.1"||data0==="8.3.4.2"||data0==="8.4.1"||data0==="8.4.2"||data0==="8.4.3"||data0==="8.5.1.1"||data0==="\
8.5.1.2"||data0==="8.5.1.3"||data0==="8.5.2.1"||data0==="8.5.2.2"||data0==="8.5.2.3"||data0==="8.5.3"||data0==="8.6.1"||data0==="8.6.2"||data0==="8.6.3"||data0===
"8.7.1"||data0==="8.7.2"||data0==="8.7.3.1"||data0==="8.7.3.2"||data0==="8.7.3.3"||data0==="9.1"||data0==="9.2"||data0==="9.3"||data0==="9.4"||data0==="10.1"||data0===
"10.2")){const err4={instancePath:instancePath+"/clause",schemaPath:"#/properties/clause/enum",keyword:"enum",params:{allowedValues:schema87.properties.clause.enum},
message:"must be equal to one of the allowed values",schema:schema87.properties.clause.enum,parentSchema:schema87.properties.clause,data:data0};if(vErrors===null){
vErrors=[err4]}else{vErrors.push(err4)}errors++}}if(data2.status!==void 0){let data1=data2.status;if(typeof data1!=="string"){const err5={instancePath:instancePath+
"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema87.properties.status.type,parentSchema:schema87.
properties.status,data:data1};if(vErrors===null){vErrors=[err5]}else{vErrors.push(err5)}errors++}if(!(data1==="not-assessed"||data1==="not-addressed"||data1==="\
initial"||data1==="inconsistent"||data1==="conforming"||data1==="not-applicable")){const err6={instancePath:instancePath+"/status",schemaPath:"#/properties/stat\
us/enum",keyword:"enum",params:{allowedValues:schema87.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema87.properties.status.
enum,parentSchema:schema87.properties.status,data:data1};if(vErrors===null){vErrors=[err6]}else{vErrors.push(err6)}errors++}}if(data2.evidence!==void 0){let data22=data2.
evidence;if(Array.isArray(data22)){const len0=data22.length;for(let i0=0;i0<len0;i0++){if(!validate28(data22[i0],{instancePath:instancePath+"/evidence/"+i0,parentData:data22,
parentDataProperty:i0,rootData,dynamicAnchors})){vErrors=vErrors===null?validate28.errors:vErrors.concat(validate28.errors);errors=vErrors.length}}}else{const err7={
instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema87.properties.
evidence.type,parentSchema:schema87.properties.evidence,data:data22};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}errors++}}if(data2.note!==void 0){
let data4=data2.note;if(typeof data4==="string"){if(func2(data4)<1){const err8={instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"\
minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.note,data:data4};if(vErrors===null){vErrors=
[err8]}else{vErrors.push(err8)}errors++}}else{const err9={instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type:"str\
ing"},message:"must be string",schema:schema87.properties.note.type,parentSchema:schema87.properties.note,data:data4};if(vErrors===null){vErrors=[err9]}else{vErrors.
push(err9)}errors++}}if(data2.assessor!==void 0){let data5=data2.assessor;if(typeof data5==="string"){if(func2(data5)<1){const err10={instancePath:instancePath+
"/assessor",schemaPath:"#/properties/assessor/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.
properties.assessor,data:data5};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++}}else{const err11={instancePath:instancePath+"/assessor",schemaPath:"\
#/properties/assessor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema87.properties.assessor.type,parentSchema:schema87.properties.
assessor,data:data5};if(vErrors===null){vErrors=[err11]}else{vErrors.push(err11)}errors++}}if(data2.date!==void 0){let data6=data2.date;if(typeof data6==="strin\
g"){if(!formats0(data6)){const err12={instancePath:instancePath+"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must m\
atch format "date"',schema:"date",parentSchema:schema86,data:data6};if(vErrors===null){vErrors=[err12]}else{vErrors.push(err12)}errors++}}else{const err13={instancePath:instancePath+
"/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data6};if(vErrors===
null){vErrors=[err13]}else{vErrors.push(err13)}errors++}}}else{const err14={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must\
 be object",schema:schema87.type,parentSchema:schema87,data:data2};if(vErrors===null){vErrors=[err14]}else{vErrors.push(err14)}errors++}validate27.errors=vErrors;
return errors===0}validate27.evaluated={"props":true,"dynamicProps":false,"dynamicItems":false};var schema91={"type":"object","additionalProperties":false,"requ\
ired":["id","action","due","status"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"action":{"type":"string","minLength":1},"own\
er":{"type":"string","minLength":1},"due":{"$ref":"#/$defs/date"},"status":{"enum":["open","in-progress","done","cancelled"]},"items":{"type":"array","items":{"\
type":"string","enum":["4.1","4.2","4.3","4.4","5.1","5.2.1","5.2.2","5.3","6.1","6.2.1","6.2.2","6.3","7.1","7.2","7.3","7.4","7.5.1","7.5.2","7.5.3","7.5.4","\
7.6","8.1","8.2.1","8.2.2","8.2.3","8.2.4","8.2.5","8.2.6","8.3.1","8.3.2","8.3.3","8.3.4.1","8.3.4.2","8.4.1","8.4.2","8.4.3","8.5.1.1","8.5.1.2","8.5.1.3","8.\
5.2.1","8.5.2.2","8.5.2.3","8.5.3","8.6.1","8.6.2","8.6.3","8.7.1","8.7.2","8.7.3.1","8.7.3.2","8.7.3.3","9.1","9.2","9.3","9.4","10.1","10.2"]},"uniqueItems":true},
"requirements":{"type":"array","items":{"type":"string","enum":["context-issues","interested-party-requirements","sms-scope","sms-processes","service-management\
-policy","roles-and-responsibilities","risk-management-approach","risks-and-opportunities","service-management-objectives","objectives-plan","service-management\
-plan","resource-plan","competence-records","awareness-records","communication-plan","document-control-procedure","required-procedures","conformity-records","kn\
owledge-base","operational-control-records","service-requirements","other-party-governance","service-catalogue","asset-register","configuration-information","se\
rvice-stakeholders","service-complaint-records","customer-satisfaction-results","service-level-agreements","service-level-reviews","external-supplier-contracts",
"supplier-dispute-records","supplier-performance-reviews","internal-agreements","service-budget","demand-forecast","capacity-plan","change-management-policy","c\
hange-records","change-schedule","new-service-plans","service-design","service-acceptance-criteria","release-policy","release-records","incident-records","major\
-incident-procedure","service-request-records","service-request-instructions","problem-records","known-error-records","availability-requirements","availability-\
risk-assessment","availability-monitoring-results","service-continuity-requirements","service-continuity-plan","continuity-risk-assessment","continuity-test-rep\
orts","information-security-policy","information-security-risk-assessment","information-security-controls","information-security-incident-records","monitoring-a\
nd-evaluation-results","internal-audit-programme","internal-audit-results","management-review-results","service-reports","nonconformity-records","improvement-ev\
aluation-criteria","improvement-opportunity-records"]},"uniqueItems":true}}};function validate31(data2,{instancePath="",parentData,parentDataProperty,rootData=data2,
dynamicAnchors={}}={}){let vErrors=null;let errors=0;const evaluated0=validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props=void 0}if(evaluated0.dynamicItems){
evaluated0.items=void 0}if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.id===void 0){const err0={instancePath,schemaPath:"#/required",keyword:"\
required",params:{missingProperty:"id"},message:"must have required property 'id'",schema:schema91.required,parentSchema:schema91,data:data2};if(vErrors===null){
vErrors=[err0]}else{vErrors.push(err0)}errors++}if(data2.action===void 0){const err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"\
action"},message:"must have required property 'action'",schema:schema91.required,parentSchema:schema91,data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.
push(err1)}errors++}if(data2.due===void 0){const err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"due"},message:"must have\
 required property 'due'",schema:schema91.required,parentSchema:schema91,data:data2};if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}if(data2.
status===void 0){const err3={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"status"},message:"must have required property 'sta\
tus'",schema:schema91.required,parentSchema:schema91,data:data2};if(vErrors===null){vErrors=[err3]}else{vErrors.push(err3)}errors++}for(const key0 in data2){if(!(key0===
"id"||key0==="action"||key0==="owner"||key0==="due"||key0==="status"||key0==="items"||key0==="requirements")){const err4={instancePath,schemaPath:"#/additionalP\
roperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data:data2};
if(vErrors===null){vErrors=[err4]}else{vErrors.push(err4)}errors++}}if(data2.id!==void 0){let data0=data2.id;if(typeof data0==="string"){if(!pattern4.test(data0)){
const err5={instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:'must\
 match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema91.properties.id,data:data0};if(vErrors===null){vErrors=
[err5]}else{vErrors.push(err5)}errors++}}else{const err6={instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema91.properties.id.type,parentSchema:schema91.properties.id,data:data0};if(vErrors===null){vErrors=[err6]}else{vErrors.push(
err6)}errors++}}if(data2.action!==void 0){let data1=data2.action;if(typeof data1==="string"){if(func2(data1)<1){const err7={instancePath:instancePath+"/action",
schemaPath:"#/properties/action/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.
action,data:data1};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}errors++}}else{const err8={instancePath:instancePath+"/action",schemaPath:"#/proper\
ties/action/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema91.properties.action.type,parentSchema:schema91.properties.action,
data:data1};if(vErrors===null){vErrors=[err8]}else{vErrors.push(err8)}errors++}}if(data2.owner!==void 0){let data22=data2.owner;if(typeof data22==="string"){if(func2(
data22)<1){const err9={instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have \
fewer than 1 characters",schema:1,parentSchema:schema91.properties.owner,data:data22};if(vErrors===null){vErrors=[err9]}else{vErrors.push(err9)}errors++}}else{const err10={
instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema91.properties.
owner.type,parentSchema:schema91.properties.owner,data:data22};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++}}if(data2.due!==void 0){let data3=data2.
due;if(typeof data3==="string"){if(!formats0(data3)){const err11={instancePath:instancePath+"/due",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"\
date"},message:'must match format "date"',schema:"date",parentSchema:schema86,data:data3};if(vErrors===null){vErrors=[err11]}else{vErrors.push(err11)}errors++}}else{
const err12={instancePath:instancePath+"/due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema86.type,
parentSchema:schema86,data:data3};if(vErrors===null){vErrors=[err12]}else{vErrors.push(err12)}errors++}}if(data2.status!==void 0){let data4=data2.status;if(!(data4===
"open"||data4==="in-progress"||data4==="done"||data4==="cancelled")){const err13={instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"\
enum",params:{allowedValues:schema91.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.status.enum,parentSchema:schema91.
properties.status,data:data4};if(vErrors===null){vErrors=[err13]}else{vErrors.push(err13)}errors++}}if(data2.items!==void 0){let data5=data2.items;if(Array.isArray(
data5)){const len0=data5.length;for(let i0=0;i0<len0;i0++){let data6=data5[i0];if(typeof data6!=="string"){const err14={instancePath:instancePath+"/items/"+i0,schemaPath:"\
#/properties/items/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema91.properties.items.items.type,parentSchema:schema91.
properties.items.items,data:data6};if(vErrors===null){vErrors=[err14]}else{vErrors.push(err14)}errors++}if(!(data6==="4.1"||data6==="4.2"||data6==="4.3"||data6===
"4.4"||data6==="5.1"||data6==="5.2.1"||data6==="5.2.2"||data6==="5.3"||data6==="6.1"||data6==="6.2.1"||data6==="6.2.2"||data6==="6.3"||data6==="7.1"||data6==="7\
.2"||data6==="7.3"||data6==="7.4"||data6==="7.5.1"||data6==="7.5.2"||data6==="7.5.3"||data6==="7.5.4"||data6==="7.6"||data6==="8.1"||data6==="8.2.1"||data6==="8\
.2.2"||data6==="8.2.3"||data6==="8.2.4"||data6==="8.2.5"||data6==="8.2.6"||data6==="8.3.1"||data6==="8.3.2"||data6==="8.3.3"||data6==="8.3.4.1"||data6==="8.3.4.\
2"||data6==="8.4.1"||data6==="8.4.2"||data6==="8.4.3"||data6==="8.5.1.1"||data6==="8.5.1.2"||data6==="8.5.1.3"||data6==="8.5.2.1"||data6==="8.5.2.2"||data6==="8\
.5.2.3"||data6==="8.5.3"||data6==="8.6.1"||data6==="8.6.2"||data6==="8.6.3"||data6==="8.7.1"||data6==="8.7.2"||data6==="8.7.3.1"||data6==="8.7.3.2"||data6==="8.\
7.3.3"||data6==="9.1"||data6==="9.2"||data6==="9.3"||data6==="9.4"||data6==="10.1"||data6==="10.2")){const err15={instancePath:instancePath+"/items/"+i0,schemaPath:"\
#/properties/items/items/enum",keyword:"enum",params:{allowedValues:schema91.properties.items.items.enum},message:"must be equal to one of the allowed values",schema:schema91.
properties.items.items.enum,parentSchema:schema91.properties.items.items,data:data6};if(vErrors===null){vErrors=[err15]}else{vErrors.push(err15)}errors++}}let i1=data5.
length;let j0;if(i1>1){const indices0={};for(;i1--;){let item0=data5[i1];if(typeof item0!=="string"){continue}if(typeof indices0[item0]=="number"){j0=indices0[item0];
const err16={instancePath:instancePath+"/items",schemaPath:"#/properties/items/uniqueItems",keyword:"uniqueItems",params:{i:i1,j:j0},message:"must NOT have dupl\
icate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema91.properties.items,data:data5};if(vErrors===null){vErrors=[err16]}else{vErrors.
push(err16)}errors++;break}indices0[item0]=i1}}}else{const err17={instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{
type:"array"},message:"must be array",schema:schema91.properties.items.type,parentSchema:schema91.properties.items,data:data5};if(vErrors===null){vErrors=[err17]}else{
vErrors.push(err17)}errors++}}if(data2.requirements!==void 0){let data7=data2.requirements;if(Array.isArray(data7)){const len1=data7.length;for(let i2=0;i2<len1;i2++){
let data8=data7[i2];if(typeof data8!=="string"){const err18={instancePath:instancePath+"/requirements/"+i2,schemaPath:"#/properties/requirements/items/type",keyword:"\
type",params:{type:"string"},message:"must be string",schema:schema91.properties.requirements.items.type,parentSchema:schema91.properties.requirements.items,data:data8};
if(vErrors===null){vErrors=[err18]}else{vErrors.push(err18)}errors++}if(!(data8==="context-issues"||data8==="interested-party-requirements"||data8==="sms-scope"||
data8==="sms-processes"||data8==="service-management-policy"||data8==="roles-and-responsibilities"||data8==="risk-management-approach"||data8==="risks-and-oppor\
tunities"||data8==="service-management-objectives"||data8==="objectives-plan"||data8==="service-management-plan"||data8==="resource-plan"||data8==="competence-r\
ecords"||data8==="awareness-records"||data8==="communication-plan"||data8==="document-control-procedure"||data8==="required-procedures"||data8==="conformity-rec\
ords"||data8==="knowledge-base"||data8==="operational-control-records"||data8==="service-requirements"||data8==="other-party-governance"||data8==="service-catal\
ogue"||data8==="asset-register"||data8==="configuration-information"||data8==="service-stakeholders"||data8==="service-complaint-records"||data8==="customer-sat\
isfaction-results"||data8==="service-level-agreements"||data8==="service-level-reviews"||data8==="external-supplier-contracts"||data8==="supplier-dispute-record\
s"||data8==="supplier-performance-reviews"||data8==="internal-agreements"||data8==="service-budget"||data8==="demand-forecast"||data8==="capacity-plan"||data8===
"change-management-policy"||data8==="change-records"||data8==="change-schedule"||data8==="new-service-plans"||data8==="service-design"||data8==="service-accepta\
nce-criteria"||data8==="release-policy"||data8==="release-records"||data8==="incident-records"||data8==="major-incident-procedure"||data8==="service-request-rec\
ords"||data8==="service-request-instructions"||data8==="problem-records"||data8==="known-error-records"||data8==="availability-requirements"||data8==="availabil\
ity-risk-assessment"||data8==="availability-monitoring-results"||data8==="service-continuity-requirements"||data8==="service-continuity-plan"||data8==="continui\
ty-risk-assessment"||data8==="continuity-test-reports"||data8==="information-security-policy"||data8==="information-security-risk-assessment"||data8==="informat\
ion-security-controls"||data8==="information-security-incident-records"||data8==="monitoring-and-evaluation-results"||data8==="internal-audit-programme"||data8===
"internal-audit-results"||data8==="management-review-results"||data8==="service-reports"||data8==="nonconformity-records"||data8==="improvement-evaluation-crite\
ria"||data8==="improvement-opportunity-records")){const err19={instancePath:instancePath+"/requirements/"+i2,schemaPath:"#/properties/requirements/items/enum",keyword:"\
enum",params:{allowedValues:schema91.properties.requirements.items.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.requirements.
items.enum,parentSchema:schema91.properties.requirements.items,data:data8};if(vErrors===null){vErrors=[err19]}else{vErrors.push(err19)}errors++}}let i3=data7.length;
let j1;if(i3>1){const indices1={};for(;i3--;){let item1=data7[i3];if(typeof item1!=="string"){continue}if(typeof indices1[item1]=="number"){j1=indices1[item1];const err20={
instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/uniqueItems",keyword:"uniqueItems",params:{i:i3,j:j1},message:"must NOT have dup\
licate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema91.properties.requirements,data:data7};if(vErrors===null){vErrors=[err20]}else{
vErrors.push(err20)}errors++;break}indices1[item1]=i3}}}else{const err21={instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",
keyword:"type",params:{type:"array"},message:"must be array",schema:schema91.properties.requirements.type,parentSchema:schema91.properties.requirements,data:data7};
if(vErrors===null){vErrors=[err21]}else{vErrors.push(err21)}errors++}}}else{const err22={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"},
message:"must be object",schema:schema91.type,parentSchema:schema91,data:data2};if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}errors++}validate31.
errors=vErrors;return errors===0}validate31.evaluated={"props":true,"dynamicProps":false,"dynamicItems":false};function validate26(data2,{instancePath="",parentData,
parentDataProperty,rootData=data2,dynamicAnchors={}}={}){;let vErrors=null;let errors=0;const evaluated0=validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.
props=void 0}if(evaluated0.dynamicItems){evaluated0.items=void 0}if(data2&&typeof data2=="object"&&!Array.isArray(data2)){if(data2.assessment===void 0){const err0={
instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"assessment"},message:"must have required property 'assessment'",schema:schema85.
required,parentSchema:schema85,data:data2};if(vErrors===null){vErrors=[err0]}else{vErrors.push(err0)}errors++}if(data2.items===void 0){const err1={instancePath,
schemaPath:"#/required",keyword:"required",params:{missingProperty:"items"},message:"must have required property 'items'",schema:schema85.required,parentSchema:schema85,
data:data2};if(vErrors===null){vErrors=[err1]}else{vErrors.push(err1)}errors++}for(const key0 in data2){if(!(key0==="assessment"||key0==="items"||key0==="action\
s"||key0==="report")){const err2={instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key0},message:"must\
 NOT have additional properties",schema:false,parentSchema:schema85,data:data2};if(vErrors===null){vErrors=[err2]}else{vErrors.push(err2)}errors++}}if(data2.assessment!==
void 0){let data0=data2.assessment;if(data0&&typeof data0=="object"&&!Array.isArray(data0)){if(data0.assessor===void 0){const err3={instancePath:instancePath+"/\
assessment",schemaPath:"#/properties/assessment/required",keyword:"required",params:{missingProperty:"assessor"},message:"must have required property 'assessor'",
schema:schema85.properties.assessment.required,parentSchema:schema85.properties.assessment,data:data0};if(vErrors===null){vErrors=[err3]}else{vErrors.push(err3)}
errors++}if(data0.date===void 0){const err4={instancePath:instancePath+"/assessment",schemaPath:"#/properties/assessment/required",keyword:"required",params:{missingProperty:"\
date"},message:"must have required property 'date'",schema:schema85.properties.assessment.required,parentSchema:schema85.properties.assessment,data:data0};if(vErrors===
null){vErrors=[err4]}else{vErrors.push(err4)}errors++}for(const key1 in data0){if(!(key1==="sms"||key1==="assessor"||key1==="date")){const err5={instancePath:instancePath+
"/assessment",schemaPath:"#/properties/assessment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key1},message:"must NOT have a\
dditional properties",schema:false,parentSchema:schema85.properties.assessment,data:data0};if(vErrors===null){vErrors=[err5]}else{vErrors.push(err5)}errors++}}if(data0.
sms!==void 0){let data1=data0.sms;if(typeof data1==="string"){if(func2(data1)<1){const err6={instancePath:instancePath+"/assessment/sms",schemaPath:"#/propertie\
s/assessment/properties/sms/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.
assessment.properties.sms,data:data1};if(vErrors===null){vErrors=[err6]}else{vErrors.push(err6)}errors++}}else{const err7={instancePath:instancePath+"/assessmen\
t/sms",schemaPath:"#/properties/assessment/properties/sms/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema85.properties.assessment.
properties.sms.type,parentSchema:schema85.properties.assessment.properties.sms,data:data1};if(vErrors===null){vErrors=[err7]}else{vErrors.push(err7)}errors++}}if(data0.
assessor!==void 0){let data22=data0.assessor;if(typeof data22==="string"){if(func2(data22)<1){const err8={instancePath:instancePath+"/assessment/assessor",schemaPath:"\
#/properties/assessment/properties/assessor/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.
properties.assessment.properties.assessor,data:data22};if(vErrors===null){vErrors=[err8]}else{vErrors.push(err8)}errors++}}else{const err9={instancePath:instancePath+
"/assessment/assessor",schemaPath:"#/properties/assessment/properties/assessor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema85.
properties.assessment.properties.assessor.type,parentSchema:schema85.properties.assessment.properties.assessor,data:data22};if(vErrors===null){vErrors=[err9]}else{
vErrors.push(err9)}errors++}}if(data0.date!==void 0){let data3=data0.date;if(typeof data3==="string"){if(!formats0(data3)){const err10={instancePath:instancePath+
"/assessment/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format:"date"},message:'must match format "date"',schema:"date",parentSchema:schema86,
data:data3};if(vErrors===null){vErrors=[err10]}else{vErrors.push(err10)}errors++}}else{const err11={instancePath:instancePath+"/assessment/date",schemaPath:"#/$\
defs/date/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data3};if(vErrors===null){vErrors=
[err11]}else{vErrors.push(err11)}errors++}}}else{const err12={instancePath:instancePath+"/assessment",schemaPath:"#/properties/assessment/type",keyword:"type",params:{
type:"object"},message:"must be object",schema:schema85.properties.assessment.type,parentSchema:schema85.properties.assessment,data:data0};if(vErrors===null){vErrors=
[err12]}else{vErrors.push(err12)}errors++}}if(data2.items!==void 0){let data4=data2.items;if(Array.isArray(data4)){const len0=data4.length;for(let i0=0;i0<len0;i0++){
if(!validate27(data4[i0],{instancePath:instancePath+"/items/"+i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors})){vErrors=vErrors===null?validate27.
errors:vErrors.concat(validate27.errors);errors=vErrors.length}}}else{const err13={instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"\
type",params:{type:"array"},message:"must be array",schema:schema85.properties.items.type,parentSchema:schema85.properties.items,data:data4};if(vErrors===null){
vErrors=[err13]}else{vErrors.push(err13)}errors++}}if(data2.actions!==void 0){let data6=data2.actions;if(Array.isArray(data6)){const len1=data6.length;for(let i1=0;i1<
len1;i1++){if(!validate31(data6[i1],{instancePath:instancePath+"/actions/"+i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors})){vErrors=vErrors===
null?validate31.errors:vErrors.concat(validate31.errors);errors=vErrors.length}}}else{const err14={instancePath:instancePath+"/actions",schemaPath:"#/properties\
/actions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema85.properties.actions.type,parentSchema:schema85.properties.actions,data:data6};
if(vErrors===null){vErrors=[err14]}else{vErrors.push(err14)}errors++}}if(data2.report!==void 0){let data8=data2.report;if(data8&&typeof data8=="object"&&!Array.
isArray(data8)){for(const key2 in data8){if(!(key2==="preparedBy"||key2==="logo"||key2==="version"||key2==="confidentiality"||key2==="distribution")){const err15={
instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:key2},message:"\
must NOT have additional properties",schema:false,parentSchema:schema85.properties.report,data:data8};if(vErrors===null){vErrors=[err15]}else{vErrors.push(err15)}
errors++}}if(data8.preparedBy!==void 0){let data9=data8.preparedBy;if(typeof data9==="string"){if(func2(data9)<1){const err16={instancePath:instancePath+"/repor\
t/preparedBy",schemaPath:"#/properties/report/properties/preparedBy/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characte\
rs",schema:1,parentSchema:schema85.properties.report.properties.preparedBy,data:data9};if(vErrors===null){vErrors=[err16]}else{vErrors.push(err16)}errors++}}else{
const err17={instancePath:instancePath+"/report/preparedBy",schemaPath:"#/properties/report/properties/preparedBy/type",keyword:"type",params:{type:"string"},message:"\
must be string",schema:schema85.properties.report.properties.preparedBy.type,parentSchema:schema85.properties.report.properties.preparedBy,data:data9};if(vErrors===
null){vErrors=[err17]}else{vErrors.push(err17)}errors++}}if(data8.logo!==void 0){let data10=data8.logo;if(typeof data10==="string"){if(func2(data10)<1){const err18={
instancePath:instancePath+"/report/logo",schemaPath:"#/properties/report/properties/logo/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have \
fewer than 1 characters",schema:1,parentSchema:schema85.properties.report.properties.logo,data:data10};if(vErrors===null){vErrors=[err18]}else{vErrors.push(err18)}
errors++}}else{const err19={instancePath:instancePath+"/report/logo",schemaPath:"#/properties/report/properties/logo/type",keyword:"type",params:{type:"string"},
message:"must be string",schema:schema85.properties.report.properties.logo.type,parentSchema:schema85.properties.report.properties.logo,data:data10};if(vErrors===
null){vErrors=[err19]}else{vErrors.push(err19)}errors++}}if(data8.version!==void 0){let data11=data8.version;if(typeof data11==="string"){if(func2(data11)<1){const err20={
instancePath:instancePath+"/report/version",schemaPath:"#/properties/report/properties/version/minLength",keyword:"minLength",params:{limit:1},message:"must NOT\
 have fewer than 1 characters",schema:1,parentSchema:schema85.properties.report.properties.version,data:data11};if(vErrors===null){vErrors=[err20]}else{vErrors.
push(err20)}errors++}}else{const err21={instancePath:instancePath+"/report/version",schemaPath:"#/properties/report/properties/version/type",keyword:"type",params:{
type:"string"},message:"must be string",schema:schema85.properties.report.properties.version.type,parentSchema:schema85.properties.report.properties.version,data:data11};
if(vErrors===null){vErrors=[err21]}else{vErrors.push(err21)}errors++}}if(data8.confidentiality!==void 0){let data12=data8.confidentiality;if(typeof data12==="st\
ring"){if(func2(data12)<1){const err22={instancePath:instancePath+"/report/confidentiality",schemaPath:"#/properties/report/properties/confidentiality/minLength",
keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.report.properties.confidentiality,
data:data12};if(vErrors===null){vErrors=[err22]}else{vErrors.push(err22)}errors++}}else{const err23={instancePath:instancePath+"/report/confidentiality",schemaPath:"\
#/properties/report/properties/confidentiality/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema85.properties.report.properties.
confidentiality.type,parentSchema:schema85.properties.report.properties.confidentiality,data:data12};if(vErrors===null){vErrors=[err23]}else{vErrors.push(err23)}
errors++}}if(data8.distribution!==void 0){let data13=data8.distribution;if(Array.isArray(data13)){const len2=data13.length;for(let i2=0;i2<len2;i2++){let data14=data13[i2];
if(typeof data14==="string"){if(func2(data14)<1){const err24={instancePath:instancePath+"/report/distribution/"+i2,schemaPath:"#/properties/report/properties/di\
stribution/items/minLength",keyword:"minLength",params:{limit:1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.report.
properties.distribution.items,data:data14};if(vErrors===null){vErrors=[err24]}else{vErrors.push(err24)}errors++}}else{const err25={instancePath:instancePath+"/r\
eport/distribution/"+i2,schemaPath:"#/properties/report/properties/distribution/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:schema85.
properties.report.properties.distribution.items.type,parentSchema:schema85.properties.report.properties.distribution.items,data:data14};if(vErrors===null){vErrors=
[err25]}else{vErrors.push(err25)}errors++}}}else{const err26={instancePath:instancePath+"/report/distribution",schemaPath:"#/properties/report/properties/distri\
bution/type",keyword:"type",params:{type:"array"},message:"must be array",schema:schema85.properties.report.properties.distribution.type,parentSchema:schema85.properties.
report.properties.distribution,data:data13};if(vErrors===null){vErrors=[err26]}else{vErrors.push(err26)}errors++}}}else{const err27={instancePath:instancePath+"\
/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type:"object"},message:"must be object",schema:schema85.properties.report.type,parentSchema:schema85.
properties.report,data:data8};if(vErrors===null){vErrors=[err27]}else{vErrors.push(err27)}errors++}}}else{const err28={instancePath,schemaPath:"#/type",keyword:"\
type",params:{type:"object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data:data2};if(vErrors===null){vErrors=[err28]}else{vErrors.push(
err28)}errors++}validate26.errors=vErrors;return errors===0}validate26.evaluated={"props":true,"dynamicProps":false,"dynamicItems":false}}});function loadCheckReportValidator(){return(0,import_node_module2.createRequire)(__importMetaUrl)("./check-report-validator.cjs")}var import_node_module2;var init_standalone_check_report_validator=__esm(
{"src/report/standalone-check-report-validator.ts"(){import_node_module2=require("node:module")}});function firstReportError(data2){validate??=loadCheckReportValidator();return validate(data2)?void 0:(validate.errors??[])[0]}function errorPointer(error){const{
missingProperty,additionalProperty,unevaluatedProperty}=error.params;const key=missingProperty??additionalProperty??unevaluatedProperty;return typeof key==="str\
ing"?`${error.instancePath}/${key.replace(/~/g,"~0").replace(/\//g,"~1")}`:error.instancePath}function errorKind(error){if(error.keyword==="required")return"mis\
sing";if(error.keyword==="additionalProperties"||error.keyword==="unevaluatedProperties")return"unexpected";return"wrongValue"}var validate;var init_check_report_validator=__esm(
{"src/report/check-report-validator.ts"(){"use strict";init_standalone_check_report_validator()}});var read_baseline_exports={};__export(read_baseline_exports,{readBaseline:()=>readBaseline});function readBaseline(path2,shown,maxBytes){const reports=readReports(
path2,shown,maxBytes);const byFile=new Map(reports.map(report=>[report.file,report.findings]));return{findingsFor:(file,filesChecked)=>reports.length===1&&filesChecked===
1?reports[0].findings:byFile.get(file)??[]}}function readReports(path2,shown,maxBytes){let parsed;try{parsed=JSON.parse(readSource(shown,path2,maxBytes).text)}catch(error){
if(error instanceof InputError)throw error;throw new InputError("cli.badBaseline",{file:shown})}if(Array.isArray(parsed)){if(parsed.length===0)throw new InputError(
"cli.badBaseline",{file:shown});return parsed.map((report,i)=>checkedReport(report,shown,`/${i}`))}return[checkedReport(parsed,shown,"")]}function checkedReport(parsed,shown,at){
if(typeof parsed!=="object"||parsed===null||Array.isArray(parsed))throw new InputError("cli.badBaseline",{file:shown});const{schemaVersion}=parsed;if(typeof schemaVersion===
"number"&&schemaVersion!==SCHEMA_VERSION)throw new InputError("cli.baselineVersion",{file:shown,version:String(schemaVersion),expected:SCHEMA_VERSION});const report=schemaVersion===
void 0?{...parsed,schemaVersion:SCHEMA_VERSION}:parsed;const error=firstReportError(report);if(error)throw new InputError(MESSAGE_OF_KIND[errorKind(error)],{file:shown,
pointer:printable(at+errorPointer(error))});return report}var MESSAGE_OF_KIND;var init_read_baseline=__esm({"src/cli/read-baseline.ts"(){"use strict";init_read_source();
init_errors();init_printable();init_check_report_validator();init_json();MESSAGE_OF_KIND={missing:"cli.baselineMissing",unexpected:"cli.baselineUnexpected",wrongValue:"\
cli.baselineWrongValue"}}});function isChoiceGroup(item){return"separator"in item}var PromptCancelled;var init_prompter=__esm({"src/init/prompter.ts"(){"use strict";PromptCancelled=class extends Error{constructor(){
super("prompt cancelled");this.name="PromptCancelled"}}}});var gap_file_exports={};__export(gap_file_exports,{GapFile:()=>GapFile});var import_yaml2,GapFile;var init_gap_file=__esm({"src/assess/gap-file.ts"(){"use stric\
t";import_yaml2=require("./vendor/yaml.cjs");GapFile=class _GapFile{constructor(document){this.document=document}document;static create(header2,comment,schemaRef){
const document=new import_yaml2.Document({assessment:header2,items:[],actions:[]});document.commentBefore=` yaml-language-server: $schema=${schemaRef}
 ${comment}`;return new _GapFile(document)}static parse(text){return new _GapFile((0,import_yaml2.parseDocument)(text))}setItem(item){const items=this.sequence(
"items");const node=this.document.createNode(item);const index=items.items.findIndex(entry=>(0,import_yaml2.isMap)(entry)&&entry.get("clause")===item.clause);if(index>=
0)items.items[index]=node;else items.items.push(node)}addAction(action){this.sequence("actions").items.push(this.document.createNode(action))}nextActionId(){const taken=new Set(
this.sequence("actions").items.map(entry=>(0,import_yaml2.isMap)(entry)?String(entry.get("id")):""));let n=taken.size+1;while(taken.has(`A-${n}`))n+=1;return`A-${n}`}setDate(date3){
this.document.setIn(["assessment","date"],date3)}toString(){return this.document.toString({lineWidth:0})}sequence(key){const found=this.document.get(key);if((0,import_yaml2.isSeq)(
found))return found;const made=new import_yaml2.YAMLSeq;this.document.set(key,made);return made}}}});var interview_exports={};__export(interview_exports,{runInterview:()=>runInterview});async function runInterview(input){let rated=0;for(const[index,item]of input.
items.entries()){const answer=await interviewItem(input,item,index);if(answer===STOP)break;if(answer!==SKIP)rated+=1}return rated}async function interviewItem(input,item,index){
const{prompter,t,lang,catalog:catalog2,say}=input;const title=catalog2.clause(item.clause)?.title[lang]??item.clause;say("");say(t("assess.item.heading",{number:index+
1,total:input.items.length,clause:item.clause,title}));say(`  ${item.question[lang]}`);say(`  ${t("assess.item.lookFor")}`);for(const point of item.lookFor[lang])
say(`    - ${point}`);const known=input.known(item);if(known.length>0){say(`  ${t("assess.item.smsEvidence")}`);for(const k of known){const ids=[...k.documents,
...k.records];const params={title:k.title,state:t(`assess.state.${k.state}`),ids:ids.join(t("list.separator"))};say(`    - ${t(ids.length>0?"assess.item.knownWi\
thIds":"assess.item.known",params)}`)}}const current=input.current(item.clause);const status=await prompter.select({name:`status.${item.clause}`,message:t("asse\
ss.ask.status",{clause:item.clause}),choices:[...RATINGS.map(rating2=>({value:rating2,name:t(`conformity.${rating2}`),description:t(`assess.rating.${rating2}`)})),
{value:SKIP,name:t("assess.choice.skip")},{value:STOP,name:t("assess.choice.stop")}],...current===void 0||current.status==="not-assessed"?{}:{default:current.status}});
if(status===SKIP||status===STOP)return status;const evidence=await askEvidence(input,item,known,current);const note=(await prompter.input({name:`note.${item.clause}`,
message:t("assess.ask.note"),...current?.note?{default:current.note}:{}})).trim();const rating={clause:item.clause,status,...evidence.length>0?{evidence}:{},...note?
{note}:{},date:input.today};const action=GRADE_OF_RATING[status]===void 0?void 0:await askAction(input,item);input.save(rating,action);return"rated"}async function askEvidence(input,item,known,current){
const{prompter,t}=input;const cited=new Set((current?.evidence??[]).map(e=>JSON.stringify(e)));const ids=[...new Set(known.flatMap(k=>k.documents.map(id=>JSON.stringify(
{document:id})))),...new Set(known.flatMap(k=>k.records.map(id=>JSON.stringify({record:id}))))].map(value=>({value,name:printable(Object.values(JSON.parse(value))[0]),
checked:cited.has(value)}));const chosen=await prompter.checkbox({name:`evidence.${item.clause}`,message:t("assess.ask.evidence"),choices:[...ids,{value:INTERVIEW,
name:t("assess.choice.interview")},{value:OBSERVATION,name:t("assess.choice.observation")}]});const evidence=chosen.filter(value=>value!==INTERVIEW&&value!==OBSERVATION).
map(value=>JSON.parse(value));if(chosen.includes(INTERVIEW)){const role=await prompter.input({name:`interview.role.${item.clause}`,message:t("assess.ask.intervi\
ewRole"),validate:required(t)});const date3=await prompter.input({name:`interview.date.${item.clause}`,message:t("assess.ask.interviewDate"),default:input.today,
validate:calendarDay(t)});evidence.push({interview:{role:role.trim(),date:date3.trim()}})}if(chosen.includes(OBSERVATION)){const observation=await prompter.input(
{name:`observation.${item.clause}`,message:t("assess.ask.observation"),validate:required(t)});evidence.push({observation:observation.trim()})}return evidence}async function askAction(input,item){
const{prompter,t}=input;const action=(await prompter.input({name:`action.${item.clause}`,message:t("assess.ask.action")})).trim();if(action==="")return void 0;const owner=(await prompter.
input({name:`action.owner.${item.clause}`,message:t("assess.ask.owner"),validate:required(t)})).trim();const due=await prompter.input({name:`action.due.${item.clause}`,
message:t("assess.ask.due"),default:addDays2(input.today,60),validate:calendarDay(t)});return{id:input.nextActionId(),action,owner,due:due.trim(),status:"open",
items:[item.clause]}}var RATINGS,SKIP,STOP,INTERVIEW,OBSERVATION,required,calendarDay;var init_interview=__esm({"src/assess/interview.ts"(){"use strict";init_printable();
init_conformity_grade();init_dates();init_options();RATINGS=["conforming","inconsistent","initial","not-addressed","not-applicable"];SKIP="skip";STOP="stop";INTERVIEW=
"interview";OBSERVATION="observation";required=t=>value=>value.trim()===""?t("assess.invalid.empty"):true;calendarDay=t=>value=>{try{parseDate(value.trim());return true}catch{
return t("assess.invalid.date",{value})}}}});function isoDay(year,month,day){const value=`${year}-${month.padStart(2,"0")}-${day.padStart(2,"0")}`;return isCalendarDate(value)?value:void 0}function parseDate2(text){
const value=text.normalize("NFKC").trim().replace(/\s+/g,"");const match=/^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\u5e74(\d{1,2})\u6708(\d{1,2})[\u65e5\u53f7]?)$/u.exec(value);
if(!match)return void 0;return match[2]?isoDay(match[1],match[3],match[4]):isoDay(match[1],match[5],match[6])}function dateInName(name){const text=name.normalize(
"NFKC");for(const pattern of DATES_IN_NAMES){const match=pattern.exec(text);const day=match&&isoDay(match[1],match[2],match[3]);if(day)return day}return void 0}
function parseYesNo(text,fallback){const value=text.normalize("NFKC").trim().toLowerCase().replace(/[\u3002.!\uff01]+$/u,"");if(value==="")return fallback;if(YES.has(
value))return true;if(NO.has(value))return false;return void 0}function parseWholeNumber(text){const trimmed=text.normalize("NFKC").trim();if(trimmed==="")return void 0;
return/^[+-]?\d+$/.test(trimmed)?Number(trimmed):null}function normalizeRegistrationId(text){return text.normalize("NFKC").replace(/\s+/g,"").toUpperCase()}function usccProblem(code2){
if(code2.length!==18)return"length";if(![...code2].every(c=>USCC_CHARACTERS.includes(c))||!/^[0-9A-Z]{2}\d{6}/.test(code2))return"characters";const sum=USCC_WEIGHTS.
reduce((total,weight,i)=>total+USCC_CHARACTERS.indexOf(code2[i])*weight,0);const check2=USCC_CHARACTERS[(31-sum%31)%31];return code2[17]===check2?void 0:"checkC\
haracter"}function looksLikeUscc(code2,chinese){if(!/^[0-9A-Z]+$/.test(code2))return false;if(code2.length===18&&[...code2].every(c=>USCC_CHARACTERS.includes(c)))
return true;return chinese&&code2.length>=15&&code2.length<=20}function readRegistrationId(text,chinese){const code2=normalizeRegistrationId(text);if(!looksLikeUscc(
code2,chinese))return{value:text.trim()};const problem=usccProblem(code2);return problem===void 0?{value:code2}:{value:code2,problem}}var DATES_IN_NAMES,YES,NO,
USCC_CHARACTERS,USCC_WEIGHTS;var init_formats=__esm({"src/init/formats.ts"(){"use strict";init_date_format();DATES_IN_NAMES=[/(?<!\d)((?:19|20)\d{2})\s*\u5e74\s*(\d{1,2})\s*\u6708\s*(\d{1,2})\s*[\u65e5\u53f7]/u,
/(?<!\d)((?:19|20)\d{2})[-._/ ](\d{1,2})[-._/ ](\d{1,2})(?!\d)/u,/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/u];YES=new Set(["y","yes","\u662F","\u662F\u7684",
"\u5BF9","\u6709","\u597D"]);NO=new Set(["n","no","\u5426","\u4E0D","\u4E0D\u662F","\u6CA1\u6709","\u65E0"]);USCC_CHARACTERS="0123456789ABCDEFGHJKLMNPQRTUWXY";USCC_WEIGHTS=
[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]}});var isUpKey,isDownKey,isSpaceKey,isBackspaceKey,isTabKey,isNumberKey,isEnterKey;var init_key=__esm({"node_modules/@inquirer/core/dist/esm/lib/key.js"(){isUpKey=
(key,keybindings=[])=>key.name==="up"||keybindings.includes("vim")&&key.name==="k"||keybindings.includes("emacs")&&key.ctrl&&key.name==="p";isDownKey=(key,keybindings=[])=>key.
name==="down"||keybindings.includes("vim")&&key.name==="j"||keybindings.includes("emacs")&&key.ctrl&&key.name==="n";isSpaceKey=key=>key.name==="space";isBackspaceKey=
key=>key.name==="backspace";isTabKey=key=>key.name==="tab";isNumberKey=key=>"1234567890".includes(key.name);isEnterKey=key=>key.name==="enter"||key.name==="retu\
rn"}});var AbortPromptError,CancelPromptError,ExitPromptError,HookError,ValidationError;var init_errors2=__esm({"node_modules/@inquirer/core/dist/esm/lib/errors.js"(){
AbortPromptError=class extends Error{name="AbortPromptError";message="Prompt was aborted";constructor(options){super();this.cause=options?.cause}};CancelPromptError=
class extends Error{name="CancelPromptError";message="Prompt was canceled"};ExitPromptError=class extends Error{name="ExitPromptError"};HookError=class extends Error{name="\
HookError"};ValidationError=class extends Error{name="ValidationError"}}});function createStore(rl){const store={rl,hooks:[],hooksCleanup:[],hooksEffect:[],index:0,handleChange(){}};return store}function withHooks(rl,cb){const store=createStore(
rl);return hookStorage.run(store,()=>{function cycle(render){store.handleChange=()=>{store.index=0;render()};store.handleChange()}return cb(cycle)})}function getStore(){
const store=hookStorage.getStore();if(!store){throw new HookError("[Inquirer] Hook functions can only be called from within a prompt")}return store}function readline(){
return getStore().rl}function withUpdates(fn){const wrapped=(...args)=>{const store=getStore();let shouldUpdate=false;const oldHandleChange=store.handleChange;store.
handleChange=()=>{shouldUpdate=true};const returnValue=fn(...args);if(shouldUpdate){oldHandleChange()}store.handleChange=oldHandleChange;return returnValue};return import_node_async_hooks.AsyncResource.
bind(wrapped)}function withPointer(cb){const store=getStore();const{index}=store;const pointer={get(){return store.hooks[index]},set(value){store.hooks[index]=value},
initialized:index in store.hooks};const returnValue=cb(pointer);store.index++;return returnValue}function handleChange(){getStore().handleChange()}var import_node_async_hooks,
hookStorage,effectScheduler;var init_hook_engine=__esm({"node_modules/@inquirer/core/dist/esm/lib/hook-engine.js"(){import_node_async_hooks=require("node:async_hooks");
init_errors2();hookStorage=new import_node_async_hooks.AsyncLocalStorage;effectScheduler={queue(cb){const store=getStore();const{index}=store;store.hooksEffect.
push(()=>{store.hooksCleanup[index]?.();const cleanFn=cb(readline());if(cleanFn!=null&&typeof cleanFn!=="function"){throw new ValidationError("useEffect return \
value must be a cleanup function or nothing.")}store.hooksCleanup[index]=cleanFn})},run(){const store=getStore();withUpdates(()=>{store.hooksEffect.forEach(effect=>{
effect()});store.hooksEffect.length=0})()},clearAll(){const store=getStore();store.hooksCleanup.forEach(cleanFn=>{cleanFn?.()});store.hooksEffect.length=0;store.
hooksCleanup.length=0}}}});function useState(defaultValue){return withPointer(pointer=>{const setState=import_node_async_hooks2.AsyncResource.bind(function setState2(newValue){if(pointer.
get()!==newValue){pointer.set(newValue);handleChange()}});if(pointer.initialized){return[pointer.get(),setState]}const value=typeof defaultValue==="function"?defaultValue():
defaultValue;pointer.set(value);return[value,setState]})}var import_node_async_hooks2;var init_use_state=__esm({"node_modules/@inquirer/core/dist/esm/lib/use-st\
ate.js"(){import_node_async_hooks2=require("node:async_hooks");init_hook_engine()}});function useEffect(cb,depArray){withPointer(pointer=>{const oldDeps=pointer.get();const hasChanged=!Array.isArray(oldDeps)||depArray.some((dep,i)=>!Object.is(dep,
oldDeps[i]));if(hasChanged){effectScheduler.queue(cb)}pointer.set(depArray)})}var init_use_effect=__esm({"node_modules/@inquirer/core/dist/esm/lib/use-effect.js"(){
init_hook_engine()}});var require_yoctocolors_cjs=__commonJS({"node_modules/yoctocolors-cjs/index.js"(exports2,module2){var tty=require("node:tty");var hasColors=tty?.WriteStream?.prototype?.
hasColors?.()??false;var format=(open,close)=>{if(!hasColors){return input=>input}const openCode=`\x1B[${open}m`;const closeCode=`\x1B[${close}m`;return input=>{
const string2=input+"";let index=string2.indexOf(closeCode);if(index===-1){return openCode+string2+closeCode}let result=openCode;let lastIndex=0;const reopenOnNestedClose=close===
22;const replaceCode=(reopenOnNestedClose?closeCode:"")+openCode;while(index!==-1){result+=string2.slice(lastIndex,index)+replaceCode;lastIndex=index+closeCode.
length;index=string2.indexOf(closeCode,lastIndex)}result+=string2.slice(lastIndex)+closeCode;return result}};var colors5={};colors5.reset=format(0,0);colors5.bold=
format(1,22);colors5.dim=format(2,22);colors5.italic=format(3,23);colors5.underline=format(4,24);colors5.overline=format(53,55);colors5.inverse=format(7,27);colors5.
hidden=format(8,28);colors5.strikethrough=format(9,29);colors5.black=format(30,39);colors5.red=format(31,39);colors5.green=format(32,39);colors5.yellow=format(33,
39);colors5.blue=format(34,39);colors5.magenta=format(35,39);colors5.cyan=format(36,39);colors5.white=format(37,39);colors5.gray=format(90,39);colors5.bgBlack=format(
40,49);colors5.bgRed=format(41,49);colors5.bgGreen=format(42,49);colors5.bgYellow=format(43,49);colors5.bgBlue=format(44,49);colors5.bgMagenta=format(45,49);colors5.
bgCyan=format(46,49);colors5.bgWhite=format(47,49);colors5.bgGray=format(100,49);colors5.redBright=format(91,39);colors5.greenBright=format(92,39);colors5.yellowBright=
format(93,39);colors5.blueBright=format(94,39);colors5.magentaBright=format(95,39);colors5.cyanBright=format(96,39);colors5.whiteBright=format(97,39);colors5.bgRedBright=
format(101,49);colors5.bgGreenBright=format(102,49);colors5.bgYellowBright=format(103,49);colors5.bgBlueBright=format(104,49);colors5.bgMagentaBright=format(105,
49);colors5.bgCyanBright=format(106,49);colors5.bgWhiteBright=format(107,49);module2.exports=colors5}});function isUnicodeSupported(){if(import_node_process.default.platform!=="win32"){return import_node_process.default.env["TERM"]!=="linux"}return Boolean(import_node_process.default.
env["WT_SESSION"])||Boolean(import_node_process.default.env["TERMINUS_SUBLIME"])||import_node_process.default.env["ConEmuTask"]==="{cmd::Cmder}"||import_node_process.default.
env["TERM_PROGRAM"]==="Terminus-Sublime"||import_node_process.default.env["TERM_PROGRAM"]==="vscode"||import_node_process.default.env["TERM"]==="xterm-256color"||
import_node_process.default.env["TERM"]==="alacritty"||import_node_process.default.env["TERMINAL_EMULATOR"]==="JetBrains-JediTerm"}var import_node_process,common,
specialMainSymbols,specialFallbackSymbols,mainSymbols,fallbackSymbols,shouldUseMain,figures,esm_default,replacements;var init_esm=__esm({"node_modules/@inquirer\
/figures/dist/esm/index.js"(){import_node_process=__toESM(require("node:process"),1);common={circleQuestionMark:"(?)",questionMarkPrefix:"(?)",square:"\u2588",squareDarkShade:"\
\u2593",squareMediumShade:"\u2592",squareLightShade:"\u2591",squareTop:"\u2580",squareBottom:"\u2584",squareLeft:"\u258C",squareRight:"\u2590",squareCenter:"\u25A0",
bullet:"\u25CF",dot:"\u2024",ellipsis:"\u2026",pointerSmall:"\u203A",triangleUp:"\u25B2",triangleUpSmall:"\u25B4",triangleDown:"\u25BC",triangleDownSmall:"\u25BE",
triangleLeftSmall:"\u25C2",triangleRightSmall:"\u25B8",home:"\u2302",heart:"\u2665",musicNote:"\u266A",musicNoteBeamed:"\u266B",arrowUp:"\u2191",arrowDown:"\u2193",
arrowLeft:"\u2190",arrowRight:"\u2192",arrowLeftRight:"\u2194",arrowUpDown:"\u2195",almostEqual:"\u2248",notEqual:"\u2260",lessOrEqual:"\u2264",greaterOrEqual:"\
\u2265",identical:"\u2261",infinity:"\u221E",subscriptZero:"\u2080",subscriptOne:"\u2081",subscriptTwo:"\u2082",subscriptThree:"\u2083",subscriptFour:"\u2084",subscriptFive:"\
\u2085",subscriptSix:"\u2086",subscriptSeven:"\u2087",subscriptEight:"\u2088",subscriptNine:"\u2089",oneHalf:"\xBD",oneThird:"\u2153",oneQuarter:"\xBC",oneFifth:"\
\u2155",oneSixth:"\u2159",oneEighth:"\u215B",twoThirds:"\u2154",twoFifths:"\u2156",threeQuarters:"\xBE",threeFifths:"\u2157",threeEighths:"\u215C",fourFifths:"\u2158",
fiveSixths:"\u215A",fiveEighths:"\u215D",sevenEighths:"\u215E",line:"\u2500",lineBold:"\u2501",lineDouble:"\u2550",lineDashed0:"\u2504",lineDashed1:"\u2505",lineDashed2:"\
\u2508",lineDashed3:"\u2509",lineDashed4:"\u254C",lineDashed5:"\u254D",lineDashed6:"\u2574",lineDashed7:"\u2576",lineDashed8:"\u2578",lineDashed9:"\u257A",lineDashed10:"\
\u257C",lineDashed11:"\u257E",lineDashed12:"\u2212",lineDashed13:"\u2013",lineDashed14:"\u2010",lineDashed15:"\u2043",lineVertical:"\u2502",lineVerticalBold:"\u2503",
lineVerticalDouble:"\u2551",lineVerticalDashed0:"\u2506",lineVerticalDashed1:"\u2507",lineVerticalDashed2:"\u250A",lineVerticalDashed3:"\u250B",lineVerticalDashed4:"\
\u254E",lineVerticalDashed5:"\u254F",lineVerticalDashed6:"\u2575",lineVerticalDashed7:"\u2577",lineVerticalDashed8:"\u2579",lineVerticalDashed9:"\u257B",lineVerticalDashed10:"\
\u257D",lineVerticalDashed11:"\u257F",lineDownLeft:"\u2510",lineDownLeftArc:"\u256E",lineDownBoldLeftBold:"\u2513",lineDownBoldLeft:"\u2512",lineDownLeftBold:"\u2511",
lineDownDoubleLeftDouble:"\u2557",lineDownDoubleLeft:"\u2556",lineDownLeftDouble:"\u2555",lineDownRight:"\u250C",lineDownRightArc:"\u256D",lineDownBoldRightBold:"\
\u250F",lineDownBoldRight:"\u250E",lineDownRightBold:"\u250D",lineDownDoubleRightDouble:"\u2554",lineDownDoubleRight:"\u2553",lineDownRightDouble:"\u2552",lineUpLeft:"\
\u2518",lineUpLeftArc:"\u256F",lineUpBoldLeftBold:"\u251B",lineUpBoldLeft:"\u251A",lineUpLeftBold:"\u2519",lineUpDoubleLeftDouble:"\u255D",lineUpDoubleLeft:"\u255C",
lineUpLeftDouble:"\u255B",lineUpRight:"\u2514",lineUpRightArc:"\u2570",lineUpBoldRightBold:"\u2517",lineUpBoldRight:"\u2516",lineUpRightBold:"\u2515",lineUpDoubleRightDouble:"\
\u255A",lineUpDoubleRight:"\u2559",lineUpRightDouble:"\u2558",lineUpDownLeft:"\u2524",lineUpBoldDownBoldLeftBold:"\u252B",lineUpBoldDownBoldLeft:"\u2528",lineUpDownLeftBold:"\
\u2525",lineUpBoldDownLeftBold:"\u2529",lineUpDownBoldLeftBold:"\u252A",lineUpDownBoldLeft:"\u2527",lineUpBoldDownLeft:"\u2526",lineUpDoubleDownDoubleLeftDouble:"\
\u2563",lineUpDoubleDownDoubleLeft:"\u2562",lineUpDownLeftDouble:"\u2561",lineUpDownRight:"\u251C",lineUpBoldDownBoldRightBold:"\u2523",lineUpBoldDownBoldRight:"\
\u2520",lineUpDownRightBold:"\u251D",lineUpBoldDownRightBold:"\u2521",lineUpDownBoldRightBold:"\u2522",lineUpDownBoldRight:"\u251F",lineUpBoldDownRight:"\u251E",
lineUpDoubleDownDoubleRightDouble:"\u2560",lineUpDoubleDownDoubleRight:"\u255F",lineUpDownRightDouble:"\u255E",lineDownLeftRight:"\u252C",lineDownBoldLeftBoldRightBold:"\
\u2533",lineDownLeftBoldRightBold:"\u252F",lineDownBoldLeftRight:"\u2530",lineDownBoldLeftBoldRight:"\u2531",lineDownBoldLeftRightBold:"\u2532",lineDownLeftRightBold:"\
\u252E",lineDownLeftBoldRight:"\u252D",lineDownDoubleLeftDoubleRightDouble:"\u2566",lineDownDoubleLeftRight:"\u2565",lineDownLeftDoubleRightDouble:"\u2564",lineUpLeftRight:"\
\u2534",lineUpBoldLeftBoldRightBold:"\u253B",lineUpLeftBoldRightBold:"\u2537",lineUpBoldLeftRight:"\u2538",lineUpBoldLeftBoldRight:"\u2539",lineUpBoldLeftRightBold:"\
\u253A",lineUpLeftRightBold:"\u2536",lineUpLeftBoldRight:"\u2535",lineUpDoubleLeftDoubleRightDouble:"\u2569",lineUpDoubleLeftRight:"\u2568",lineUpLeftDoubleRightDouble:"\
\u2567",lineUpDownLeftRight:"\u253C",lineUpBoldDownBoldLeftBoldRightBold:"\u254B",lineUpDownBoldLeftBoldRightBold:"\u2548",lineUpBoldDownLeftBoldRightBold:"\u2547",
lineUpBoldDownBoldLeftRightBold:"\u254A",lineUpBoldDownBoldLeftBoldRight:"\u2549",lineUpBoldDownLeftRight:"\u2540",lineUpDownBoldLeftRight:"\u2541",lineUpDownLeftBoldRight:"\
\u253D",lineUpDownLeftRightBold:"\u253E",lineUpBoldDownBoldLeftRight:"\u2542",lineUpDownLeftBoldRightBold:"\u253F",lineUpBoldDownLeftBoldRight:"\u2543",lineUpBoldDownLeftRightBold:"\
\u2544",lineUpDownBoldLeftBoldRight:"\u2545",lineUpDownBoldLeftRightBold:"\u2546",lineUpDoubleDownDoubleLeftDoubleRightDouble:"\u256C",lineUpDoubleDownDoubleLeftRight:"\
\u256B",lineUpDownLeftDoubleRightDouble:"\u256A",lineCross:"\u2573",lineBackslash:"\u2572",lineSlash:"\u2571"};specialMainSymbols={tick:"\u2714",info:"\u2139",warning:"\
\u26A0",cross:"\u2718",squareSmall:"\u25FB",squareSmallFilled:"\u25FC",circle:"\u25EF",circleFilled:"\u25C9",circleDotted:"\u25CC",circleDouble:"\u25CE",circleCircle:"\
\u24DE",circleCross:"\u24E7",circlePipe:"\u24BE",radioOn:"\u25C9",radioOff:"\u25EF",checkboxOn:"\u2612",checkboxOff:"\u2610",checkboxCircleOn:"\u24E7",checkboxCircleOff:"\
\u24BE",pointer:"\u276F",triangleUpOutline:"\u25B3",triangleLeft:"\u25C0",triangleRight:"\u25B6",lozenge:"\u25C6",lozengeOutline:"\u25C7",hamburger:"\u2630",smiley:"\
\u32E1",mustache:"\u0DF4",star:"\u2605",play:"\u25B6",nodejs:"\u2B22",oneSeventh:"\u2150",oneNinth:"\u2151",oneTenth:"\u2152"};specialFallbackSymbols={tick:"\u221A",
info:"i",warning:"\u203C",cross:"\xD7",squareSmall:"\u25A1",squareSmallFilled:"\u25A0",circle:"( )",circleFilled:"(*)",circleDotted:"( )",circleDouble:"( )",circleCircle:"\
(\u25CB)",circleCross:"(\xD7)",circlePipe:"(\u2502)",radioOn:"(*)",radioOff:"( )",checkboxOn:"[\xD7]",checkboxOff:"[ ]",checkboxCircleOn:"(\xD7)",checkboxCircleOff:"\
( )",pointer:">",triangleUpOutline:"\u2206",triangleLeft:"\u25C4",triangleRight:"\u25BA",lozenge:"\u2666",lozengeOutline:"\u25CA",hamburger:"\u2261",smiley:"\u263A",
mustache:"\u250C\u2500\u2510",star:"\u2736",play:"\u25BA",nodejs:"\u2666",oneSeventh:"1/7",oneNinth:"1/9",oneTenth:"1/10"};mainSymbols={...common,...specialMainSymbols};
fallbackSymbols={...common,...specialFallbackSymbols};shouldUseMain=isUnicodeSupported();figures=shouldUseMain?mainSymbols:fallbackSymbols;esm_default=figures;replacements=
Object.entries(specialMainSymbols)}});var import_yoctocolors_cjs,defaultTheme;var init_theme=__esm({"node_modules/@inquirer/core/dist/esm/lib/theme.js"(){import_yoctocolors_cjs=__toESM(require_yoctocolors_cjs(),1);
init_esm();defaultTheme={prefix:{idle:import_yoctocolors_cjs.default.blue("?"),done:import_yoctocolors_cjs.default.green(esm_default.tick)},spinner:{interval:80,
frames:["\u280B","\u2819","\u2839","\u2838","\u283C","\u2834","\u2826","\u2827","\u2807","\u280F"].map(frame=>import_yoctocolors_cjs.default.yellow(frame))},style:{
answer:import_yoctocolors_cjs.default.cyan,message:import_yoctocolors_cjs.default.bold,error:text=>import_yoctocolors_cjs.default.red(`> ${text}`),defaultAnswer:text=>import_yoctocolors_cjs.default.
dim(`(${text})`),help:import_yoctocolors_cjs.default.dim,highlight:import_yoctocolors_cjs.default.cyan,key:text=>import_yoctocolors_cjs.default.cyan(import_yoctocolors_cjs.default.
bold(`<${text}>`))}}}});function isPlainObject(value){if(typeof value!=="object"||value===null)return false;let proto2=value;while(Object.getPrototypeOf(proto2)!==null){proto2=Object.getPrototypeOf(
proto2)}return Object.getPrototypeOf(value)===proto2}function deepMerge(...objects){const output={};for(const obj of objects){for(const[key,value]of Object.entries(
obj)){const prevValue=output[key];output[key]=isPlainObject(prevValue)&&isPlainObject(value)?deepMerge(prevValue,value):value}}return output}function makeTheme(...themes){
const themesToMerge=[defaultTheme,...themes.filter(theme=>theme!=null)];return deepMerge(...themesToMerge)}var init_make_theme=__esm({"node_modules/@inquirer/co\
re/dist/esm/lib/make-theme.js"(){init_theme()}});function usePrefix({status="idle",theme}){const[showLoader,setShowLoader]=useState(false);const[tick,setTick]=useState(0);const{prefix,spinner}=makeTheme(theme);
useEffect(()=>{if(status==="loading"){let tickInterval;let inc=-1;const delayTimeout=setTimeout(()=>{setShowLoader(true);tickInterval=setInterval(()=>{inc=inc+1;
setTick(inc%spinner.frames.length)},spinner.interval)},300);return()=>{clearTimeout(delayTimeout);clearInterval(tickInterval)}}else{setShowLoader(false)}},[status]);
if(showLoader){return spinner.frames[tick]}const iconName=status==="loading"?"idle":status;return typeof prefix==="string"?prefix:prefix[iconName]??prefix["idle"]}
var init_use_prefix=__esm({"node_modules/@inquirer/core/dist/esm/lib/use-prefix.js"(){init_use_state();init_use_effect();init_make_theme()}});function useMemo(fn,dependencies){return withPointer(pointer=>{const prev=pointer.get();if(!prev||prev.dependencies.length!==dependencies.length||prev.dependencies.
some((dep,i)=>dep!==dependencies[i])){const value=fn();pointer.set({value,dependencies});return value}return prev.value})}var init_use_memo=__esm({"node_modules\
/@inquirer/core/dist/esm/lib/use-memo.js"(){init_hook_engine()}});function useRef(val){return useState({current:val})[0]}var init_use_ref=__esm({"node_modules/@inquirer/core/dist/esm/lib/use-ref.js"(){init_use_state()}});function useKeypress(userHandler){const signal=useRef(userHandler);signal.current=userHandler;useEffect(rl=>{let ignore=false;const handler=withUpdates((_input,event)=>{
if(ignore)return;void signal.current(event,rl)});rl.input.on("keypress",handler);return()=>{ignore=true;rl.input.removeListener("keypress",handler)}},[])}var init_use_keypress=__esm(
{"node_modules/@inquirer/core/dist/esm/lib/use-keypress.js"(){init_use_ref();init_use_effect();init_hook_engine()}});var require_cli_width=__commonJS({"node_modules/cli-width/index.js"(exports2,module2){"use strict";module2.exports=cliWidth2;function normalizeOpts(options){const defaultOpts={
defaultWidth:0,output:process.stdout,tty:require("tty")};if(!options){return defaultOpts}Object.keys(defaultOpts).forEach(function(key){if(!options[key]){options[key]=
defaultOpts[key]}});return options}function cliWidth2(options){const opts=normalizeOpts(options);if(opts.output.getWindowSize){return opts.output.getWindowSize()[0]||
opts.defaultWidth}if(opts.tty.getWindowSize){return opts.tty.getWindowSize()[1]||opts.defaultWidth}if(opts.output.columns){return opts.output.columns}if(process.
env.CLI_WIDTH){const width=parseInt(process.env.CLI_WIDTH,10);if(!isNaN(width)&&width!==0){return width}}return opts.defaultWidth}}});var require_ansi_regex=__commonJS({"node_modules/ansi-regex/index.js"(exports2,module2){"use strict";module2.exports=({onlyFirst=false}={})=>{const pattern=["[\\\
u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)","(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-\
TZcf-ntqry=><~]))"].join("|");return new RegExp(pattern,onlyFirst?void 0:"g")}}});var require_strip_ansi=__commonJS({"node_modules/strip-ansi/index.js"(exports2,module2){"use strict";var ansiRegex=require_ansi_regex();module2.exports=string2=>typeof string2===
"string"?string2.replace(ansiRegex(),""):string2}});var require_is_fullwidth_code_point=__commonJS({"node_modules/is-fullwidth-code-point/index.js"(exports2,module2){"use strict";var isFullwidthCodePoint=codePoint=>{
if(Number.isNaN(codePoint)){return false}if(codePoint>=4352&&(codePoint<=4447||codePoint===9001||codePoint===9002||11904<=codePoint&&codePoint<=12871&&codePoint!==
12351||12880<=codePoint&&codePoint<=19903||19968<=codePoint&&codePoint<=42182||43360<=codePoint&&codePoint<=43388||44032<=codePoint&&codePoint<=55203||63744<=codePoint&&
codePoint<=64255||65040<=codePoint&&codePoint<=65049||65072<=codePoint&&codePoint<=65131||65281<=codePoint&&codePoint<=65376||65504<=codePoint&&codePoint<=65510||
110592<=codePoint&&codePoint<=110593||127488<=codePoint&&codePoint<=127569||131072<=codePoint&&codePoint<=262141)){return true}return false};module2.exports=isFullwidthCodePoint;
module2.exports.default=isFullwidthCodePoint}});var require_emoji_regex=__commonJS({"node_modules/emoji-regex/index.js"(exports2,module2){"use strict";module2.exports=function(){return/\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g}}});var require_string_width=__commonJS({"node_modules/string-width/index.js"(exports2,module2){"use strict";var stripAnsi=require_strip_ansi();var isFullwidthCodePoint=require_is_fullwidth_code_point();
var emojiRegex=require_emoji_regex();var stringWidth=string2=>{if(typeof string2!=="string"||string2.length===0){return 0}string2=stripAnsi(string2);if(string2.
length===0){return 0}string2=string2.replace(emojiRegex(),"  ");let width=0;for(let i=0;i<string2.length;i++){const code2=string2.codePointAt(i);if(code2<=31||code2>=
127&&code2<=159){continue}if(code2>=768&&code2<=879){continue}if(code2>65535){i++}width+=isFullwidthCodePoint(code2)?2:1}return width};module2.exports=stringWidth;
module2.exports.default=stringWidth}});var require_color_name=__commonJS({"node_modules/color-name/index.js"(exports2,module2){"use strict";module2.exports={"aliceblue":[240,248,255],"antiquewhite":[
250,235,215],"aqua":[0,255,255],"aquamarine":[127,255,212],"azure":[240,255,255],"beige":[245,245,220],"bisque":[255,228,196],"black":[0,0,0],"blanchedalmond":[
255,235,205],"blue":[0,0,255],"blueviolet":[138,43,226],"brown":[165,42,42],"burlywood":[222,184,135],"cadetblue":[95,158,160],"chartreuse":[127,255,0],"chocola\
te":[210,105,30],"coral":[255,127,80],"cornflowerblue":[100,149,237],"cornsilk":[255,248,220],"crimson":[220,20,60],"cyan":[0,255,255],"darkblue":[0,0,139],"dar\
kcyan":[0,139,139],"darkgoldenrod":[184,134,11],"darkgray":[169,169,169],"darkgreen":[0,100,0],"darkgrey":[169,169,169],"darkkhaki":[189,183,107],"darkmagenta":[
139,0,139],"darkolivegreen":[85,107,47],"darkorange":[255,140,0],"darkorchid":[153,50,204],"darkred":[139,0,0],"darksalmon":[233,150,122],"darkseagreen":[143,188,
143],"darkslateblue":[72,61,139],"darkslategray":[47,79,79],"darkslategrey":[47,79,79],"darkturquoise":[0,206,209],"darkviolet":[148,0,211],"deeppink":[255,20,147],
"deepskyblue":[0,191,255],"dimgray":[105,105,105],"dimgrey":[105,105,105],"dodgerblue":[30,144,255],"firebrick":[178,34,34],"floralwhite":[255,250,240],"forestg\
reen":[34,139,34],"fuchsia":[255,0,255],"gainsboro":[220,220,220],"ghostwhite":[248,248,255],"gold":[255,215,0],"goldenrod":[218,165,32],"gray":[128,128,128],"g\
reen":[0,128,0],"greenyellow":[173,255,47],"grey":[128,128,128],"honeydew":[240,255,240],"hotpink":[255,105,180],"indianred":[205,92,92],"indigo":[75,0,130],"iv\
ory":[255,255,240],"khaki":[240,230,140],"lavender":[230,230,250],"lavenderblush":[255,240,245],"lawngreen":[124,252,0],"lemonchiffon":[255,250,205],"lightblue":[
173,216,230],"lightcoral":[240,128,128],"lightcyan":[224,255,255],"lightgoldenrodyellow":[250,250,210],"lightgray":[211,211,211],"lightgreen":[144,238,144],"lig\
htgrey":[211,211,211],"lightpink":[255,182,193],"lightsalmon":[255,160,122],"lightseagreen":[32,178,170],"lightskyblue":[135,206,250],"lightslategray":[119,136,
153],"lightslategrey":[119,136,153],"lightsteelblue":[176,196,222],"lightyellow":[255,255,224],"lime":[0,255,0],"limegreen":[50,205,50],"linen":[250,240,230],"m\
agenta":[255,0,255],"maroon":[128,0,0],"mediumaquamarine":[102,205,170],"mediumblue":[0,0,205],"mediumorchid":[186,85,211],"mediumpurple":[147,112,219],"mediums\
eagreen":[60,179,113],"mediumslateblue":[123,104,238],"mediumspringgreen":[0,250,154],"mediumturquoise":[72,209,204],"mediumvioletred":[199,21,133],"midnightblu\
e":[25,25,112],"mintcream":[245,255,250],"mistyrose":[255,228,225],"moccasin":[255,228,181],"navajowhite":[255,222,173],"navy":[0,0,128],"oldlace":[253,245,230],
"olive":[128,128,0],"olivedrab":[107,142,35],"orange":[255,165,0],"orangered":[255,69,0],"orchid":[218,112,214],"palegoldenrod":[238,232,170],"palegreen":[152,251,
152],"paleturquoise":[175,238,238],"palevioletred":[219,112,147],"papayawhip":[255,239,213],"peachpuff":[255,218,185],"peru":[205,133,63],"pink":[255,192,203],"\
plum":[221,160,221],"powderblue":[176,224,230],"purple":[128,0,128],"rebeccapurple":[102,51,153],"red":[255,0,0],"rosybrown":[188,143,143],"royalblue":[65,105,225],
"saddlebrown":[139,69,19],"salmon":[250,128,114],"sandybrown":[244,164,96],"seagreen":[46,139,87],"seashell":[255,245,238],"sienna":[160,82,45],"silver":[192,192,
192],"skyblue":[135,206,235],"slateblue":[106,90,205],"slategray":[112,128,144],"slategrey":[112,128,144],"snow":[255,250,250],"springgreen":[0,255,127],"steelb\
lue":[70,130,180],"tan":[210,180,140],"teal":[0,128,128],"thistle":[216,191,216],"tomato":[255,99,71],"turquoise":[64,224,208],"violet":[238,130,238],"wheat":[245,
222,179],"white":[255,255,255],"whitesmoke":[245,245,245],"yellow":[255,255,0],"yellowgreen":[154,205,50]}}});var require_conversions=__commonJS({"node_modules/color-convert/conversions.js"(exports2,module2){var cssKeywords=require_color_name();var reverseKeywords={};for(const key of Object.
keys(cssKeywords)){reverseKeywords[cssKeywords[key]]=key}var convert={rgb:{channels:3,labels:"rgb"},hsl:{channels:3,labels:"hsl"},hsv:{channels:3,labels:"hsv"},
hwb:{channels:3,labels:"hwb"},cmyk:{channels:4,labels:"cmyk"},xyz:{channels:3,labels:"xyz"},lab:{channels:3,labels:"lab"},lch:{channels:3,labels:"lch"},hex:{channels:1,
labels:["hex"]},keyword:{channels:1,labels:["keyword"]},ansi16:{channels:1,labels:["ansi16"]},ansi256:{channels:1,labels:["ansi256"]},hcg:{channels:3,labels:["h",
"c","g"]},apple:{channels:3,labels:["r16","g16","b16"]},gray:{channels:1,labels:["gray"]}};module2.exports=convert;for(const model of Object.keys(convert)){if(!("\
channels"in convert[model])){throw new Error("missing channels property: "+model)}if(!("labels"in convert[model])){throw new Error("missing channel labels prope\
rty: "+model)}if(convert[model].labels.length!==convert[model].channels){throw new Error("channel and label counts mismatch: "+model)}const{channels,labels}=convert[model];
delete convert[model].channels;delete convert[model].labels;Object.defineProperty(convert[model],"channels",{value:channels});Object.defineProperty(convert[model],
"labels",{value:labels})}convert.rgb.hsl=function(rgb){const r=rgb[0]/255;const g=rgb[1]/255;const b=rgb[2]/255;const min=Math.min(r,g,b);const max=Math.max(r,g,
b);const delta=max-min;let h;let s;if(max===min){h=0}else if(r===max){h=(g-b)/delta}else if(g===max){h=2+(b-r)/delta}else if(b===max){h=4+(r-g)/delta}h=Math.min(
h*60,360);if(h<0){h+=360}const l=(min+max)/2;if(max===min){s=0}else if(l<=.5){s=delta/(max+min)}else{s=delta/(2-max-min)}return[h,s*100,l*100]};convert.rgb.hsv=
function(rgb){let rdif;let gdif;let bdif;let h;let s;const r=rgb[0]/255;const g=rgb[1]/255;const b=rgb[2]/255;const v=Math.max(r,g,b);const diff=v-Math.min(r,g,
b);const diffc=function(c){return(v-c)/6/diff+1/2};if(diff===0){h=0;s=0}else{s=diff/v;rdif=diffc(r);gdif=diffc(g);bdif=diffc(b);if(r===v){h=bdif-gdif}else if(g===
v){h=1/3+rdif-bdif}else if(b===v){h=2/3+gdif-rdif}if(h<0){h+=1}else if(h>1){h-=1}}return[h*360,s*100,v*100]};convert.rgb.hwb=function(rgb){const r=rgb[0];const g=rgb[1];
let b=rgb[2];const h=convert.rgb.hsl(rgb)[0];const w=1/255*Math.min(r,Math.min(g,b));b=1-1/255*Math.max(r,Math.max(g,b));return[h,w*100,b*100]};convert.rgb.cmyk=
function(rgb){const r=rgb[0]/255;const g=rgb[1]/255;const b=rgb[2]/255;const k=Math.min(1-r,1-g,1-b);const c=(1-r-k)/(1-k)||0;const m=(1-g-k)/(1-k)||0;const y=(1-
b-k)/(1-k)||0;return[c*100,m*100,y*100,k*100]};function comparativeDistance(x,y){return(x[0]-y[0])**2+(x[1]-y[1])**2+(x[2]-y[2])**2}convert.rgb.keyword=function(rgb){
const reversed=reverseKeywords[rgb];if(reversed){return reversed}let currentClosestDistance=Infinity;let currentClosestKeyword;for(const keyword of Object.keys(
cssKeywords)){const value=cssKeywords[keyword];const distance3=comparativeDistance(rgb,value);if(distance3<currentClosestDistance){currentClosestDistance=distance3;
currentClosestKeyword=keyword}}return currentClosestKeyword};convert.keyword.rgb=function(keyword){return cssKeywords[keyword]};convert.rgb.xyz=function(rgb){let r=rgb[0]/
255;let g=rgb[1]/255;let b=rgb[2]/255;r=r>.04045?((r+.055)/1.055)**2.4:r/12.92;g=g>.04045?((g+.055)/1.055)**2.4:g/12.92;b=b>.04045?((b+.055)/1.055)**2.4:b/12.92;
const x=r*.4124+g*.3576+b*.1805;const y=r*.2126+g*.7152+b*.0722;const z=r*.0193+g*.1192+b*.9505;return[x*100,y*100,z*100]};convert.rgb.lab=function(rgb){const xyz=convert.
rgb.xyz(rgb);let x=xyz[0];let y=xyz[1];let z=xyz[2];x/=95.047;y/=100;z/=108.883;x=x>.008856?x**(1/3):7.787*x+16/116;y=y>.008856?y**(1/3):7.787*y+16/116;z=z>.008856?
z**(1/3):7.787*z+16/116;const l=116*y-16;const a=500*(x-y);const b=200*(y-z);return[l,a,b]};convert.hsl.rgb=function(hsl){const h=hsl[0]/360;const s=hsl[1]/100;
const l=hsl[2]/100;let t2;let t3;let val;if(s===0){val=l*255;return[val,val,val]}if(l<.5){t2=l*(1+s)}else{t2=l+s-l*s}const t1=2*l-t2;const rgb=[0,0,0];for(let i=0;i<
3;i++){t3=h+1/3*-(i-1);if(t3<0){t3++}if(t3>1){t3--}if(6*t3<1){val=t1+(t2-t1)*6*t3}else if(2*t3<1){val=t2}else if(3*t3<2){val=t1+(t2-t1)*(2/3-t3)*6}else{val=t1}rgb[i]=
val*255}return rgb};convert.hsl.hsv=function(hsl){const h=hsl[0];let s=hsl[1]/100;let l=hsl[2]/100;let smin=s;const lmin=Math.max(l,.01);l*=2;s*=l<=1?l:2-l;smin*=
lmin<=1?lmin:2-lmin;const v=(l+s)/2;const sv=l===0?2*smin/(lmin+smin):2*s/(l+s);return[h,sv*100,v*100]};convert.hsv.rgb=function(hsv){const h=hsv[0]/60;const s=hsv[1]/
100;let v=hsv[2]/100;const hi=Math.floor(h)%6;const f=h-Math.floor(h);const p=255*v*(1-s);const q=255*v*(1-s*f);const t=255*v*(1-s*(1-f));v*=255;switch(hi){case 0:
return[v,t,p];case 1:return[q,v,p];case 2:return[p,v,t];case 3:return[p,q,v];case 4:return[t,p,v];case 5:return[v,p,q]}};convert.hsv.hsl=function(hsv){const h=hsv[0];
const s=hsv[1]/100;const v=hsv[2]/100;const vmin=Math.max(v,.01);let sl;let l;l=(2-s)*v;const lmin=(2-s)*vmin;sl=s*vmin;sl/=lmin<=1?lmin:2-lmin;sl=sl||0;l/=2;return[
h,sl*100,l*100]};convert.hwb.rgb=function(hwb){const h=hwb[0]/360;let wh=hwb[1]/100;let bl=hwb[2]/100;const ratio2=wh+bl;let f;if(ratio2>1){wh/=ratio2;bl/=ratio2}
const i=Math.floor(6*h);const v=1-bl;f=6*h-i;if((i&1)!==0){f=1-f}const n=wh+f*(v-wh);let r;let g;let b;switch(i){default:case 6:case 0:r=v;g=n;b=wh;break;case 1:
r=n;g=v;b=wh;break;case 2:r=wh;g=v;b=n;break;case 3:r=wh;g=n;b=v;break;case 4:r=n;g=wh;b=v;break;case 5:r=v;g=wh;b=n;break}return[r*255,g*255,b*255]};convert.cmyk.
rgb=function(cmyk){const c=cmyk[0]/100;const m=cmyk[1]/100;const y=cmyk[2]/100;const k=cmyk[3]/100;const r=1-Math.min(1,c*(1-k)+k);const g=1-Math.min(1,m*(1-k)+
k);const b=1-Math.min(1,y*(1-k)+k);return[r*255,g*255,b*255]};convert.xyz.rgb=function(xyz){const x=xyz[0]/100;const y=xyz[1]/100;const z=xyz[2]/100;let r;let g;
let b;r=x*3.2406+y*-1.5372+z*-.4986;g=x*-.9689+y*1.8758+z*.0415;b=x*.0557+y*-.204+z*1.057;r=r>.0031308?1.055*r**(1/2.4)-.055:r*12.92;g=g>.0031308?1.055*g**(1/2.4)-
.055:g*12.92;b=b>.0031308?1.055*b**(1/2.4)-.055:b*12.92;r=Math.min(Math.max(0,r),1);g=Math.min(Math.max(0,g),1);b=Math.min(Math.max(0,b),1);return[r*255,g*255,b*
255]};convert.xyz.lab=function(xyz){let x=xyz[0];let y=xyz[1];let z=xyz[2];x/=95.047;y/=100;z/=108.883;x=x>.008856?x**(1/3):7.787*x+16/116;y=y>.008856?y**(1/3):
7.787*y+16/116;z=z>.008856?z**(1/3):7.787*z+16/116;const l=116*y-16;const a=500*(x-y);const b=200*(y-z);return[l,a,b]};convert.lab.xyz=function(lab){const l=lab[0];
const a=lab[1];const b=lab[2];let x;let y;let z;y=(l+16)/116;x=a/500+y;z=y-b/200;const y2=y**3;const x2=x**3;const z2=z**3;y=y2>.008856?y2:(y-16/116)/7.787;x=x2>
.008856?x2:(x-16/116)/7.787;z=z2>.008856?z2:(z-16/116)/7.787;x*=95.047;y*=100;z*=108.883;return[x,y,z]};convert.lab.lch=function(lab){const l=lab[0];const a=lab[1];
const b=lab[2];let h;const hr=Math.atan2(b,a);h=hr*360/2/Math.PI;if(h<0){h+=360}const c=Math.sqrt(a*a+b*b);return[l,c,h]};convert.lch.lab=function(lch){const l=lch[0];
const c=lch[1];const h=lch[2];const hr=h/360*2*Math.PI;const a=c*Math.cos(hr);const b=c*Math.sin(hr);return[l,a,b]};convert.rgb.ansi16=function(args,saturation=null){
const[r,g,b]=args;let value=saturation===null?convert.rgb.hsv(args)[2]:saturation;value=Math.round(value/50);if(value===0){return 30}let ansi=30+(Math.round(b/255)<<
2|Math.round(g/255)<<1|Math.round(r/255));if(value===2){ansi+=60}return ansi};convert.hsv.ansi16=function(args){return convert.rgb.ansi16(convert.hsv.rgb(args),
args[2])};convert.rgb.ansi256=function(args){const r=args[0];const g=args[1];const b=args[2];if(r===g&&g===b){if(r<8){return 16}if(r>248){return 231}return Math.
round((r-8)/247*24)+232}const ansi=16+36*Math.round(r/255*5)+6*Math.round(g/255*5)+Math.round(b/255*5);return ansi};convert.ansi16.rgb=function(args){let color=args%
10;if(color===0||color===7){if(args>50){color+=3.5}color=color/10.5*255;return[color,color,color]}const mult=(~~(args>50)+1)*.5;const r=(color&1)*mult*255;const g=(color>>
1&1)*mult*255;const b=(color>>2&1)*mult*255;return[r,g,b]};convert.ansi256.rgb=function(args){if(args>=232){const c=(args-232)*10+8;return[c,c,c]}args-=16;let rem;
const r=Math.floor(args/36)/5*255;const g=Math.floor((rem=args%36)/6)/5*255;const b=rem%6/5*255;return[r,g,b]};convert.rgb.hex=function(args){const integer=((Math.
round(args[0])&255)<<16)+((Math.round(args[1])&255)<<8)+(Math.round(args[2])&255);const string2=integer.toString(16).toUpperCase();return"000000".substring(string2.
length)+string2};convert.hex.rgb=function(args){const match=args.toString(16).match(/[a-f0-9]{6}|[a-f0-9]{3}/i);if(!match){return[0,0,0]}let colorString=match[0];
if(match[0].length===3){colorString=colorString.split("").map(char=>{return char+char}).join("")}const integer=parseInt(colorString,16);const r=integer>>16&255;
const g=integer>>8&255;const b=integer&255;return[r,g,b]};convert.rgb.hcg=function(rgb){const r=rgb[0]/255;const g=rgb[1]/255;const b=rgb[2]/255;const max=Math.
max(Math.max(r,g),b);const min=Math.min(Math.min(r,g),b);const chroma=max-min;let grayscale;let hue;if(chroma<1){grayscale=min/(1-chroma)}else{grayscale=0}if(chroma<=
0){hue=0}else if(max===r){hue=(g-b)/chroma%6}else if(max===g){hue=2+(b-r)/chroma}else{hue=4+(r-g)/chroma}hue/=6;hue%=1;return[hue*360,chroma*100,grayscale*100]};
convert.hsl.hcg=function(hsl){const s=hsl[1]/100;const l=hsl[2]/100;const c=l<.5?2*s*l:2*s*(1-l);let f=0;if(c<1){f=(l-.5*c)/(1-c)}return[hsl[0],c*100,f*100]};convert.
hsv.hcg=function(hsv){const s=hsv[1]/100;const v=hsv[2]/100;const c=s*v;let f=0;if(c<1){f=(v-c)/(1-c)}return[hsv[0],c*100,f*100]};convert.hcg.rgb=function(hcg){
const h=hcg[0]/360;const c=hcg[1]/100;const g=hcg[2]/100;if(c===0){return[g*255,g*255,g*255]}const pure=[0,0,0];const hi=h%1*6;const v=hi%1;const w=1-v;let mg=0;
switch(Math.floor(hi)){case 0:pure[0]=1;pure[1]=v;pure[2]=0;break;case 1:pure[0]=w;pure[1]=1;pure[2]=0;break;case 2:pure[0]=0;pure[1]=1;pure[2]=v;break;case 3:pure[0]=
0;pure[1]=w;pure[2]=1;break;case 4:pure[0]=v;pure[1]=0;pure[2]=1;break;default:pure[0]=1;pure[1]=0;pure[2]=w}mg=(1-c)*g;return[(c*pure[0]+mg)*255,(c*pure[1]+mg)*
255,(c*pure[2]+mg)*255]};convert.hcg.hsv=function(hcg){const c=hcg[1]/100;const g=hcg[2]/100;const v=c+g*(1-c);let f=0;if(v>0){f=c/v}return[hcg[0],f*100,v*100]};
convert.hcg.hsl=function(hcg){const c=hcg[1]/100;const g=hcg[2]/100;const l=g*(1-c)+.5*c;let s=0;if(l>0&&l<.5){s=c/(2*l)}else if(l>=.5&&l<1){s=c/(2*(1-l))}return[
hcg[0],s*100,l*100]};convert.hcg.hwb=function(hcg){const c=hcg[1]/100;const g=hcg[2]/100;const v=c+g*(1-c);return[hcg[0],(v-c)*100,(1-v)*100]};convert.hwb.hcg=function(hwb){
const w=hwb[1]/100;const b=hwb[2]/100;const v=1-b;const c=v-w;let g=0;if(c<1){g=(v-c)/(1-c)}return[hwb[0],c*100,g*100]};convert.apple.rgb=function(apple){return[
apple[0]/65535*255,apple[1]/65535*255,apple[2]/65535*255]};convert.rgb.apple=function(rgb){return[rgb[0]/255*65535,rgb[1]/255*65535,rgb[2]/255*65535]};convert.gray.
rgb=function(args){return[args[0]/100*255,args[0]/100*255,args[0]/100*255]};convert.gray.hsl=function(args){return[0,0,args[0]]};convert.gray.hsv=convert.gray.hsl;
convert.gray.hwb=function(gray){return[0,100,gray[0]]};convert.gray.cmyk=function(gray){return[0,0,0,gray[0]]};convert.gray.lab=function(gray){return[gray[0],0,
0]};convert.gray.hex=function(gray){const val=Math.round(gray[0]/100*255)&255;const integer=(val<<16)+(val<<8)+val;const string2=integer.toString(16).toUpperCase();
return"000000".substring(string2.length)+string2};convert.rgb.gray=function(rgb){const val=(rgb[0]+rgb[1]+rgb[2])/3;return[val/255*100]}}});var require_route=__commonJS({"node_modules/color-convert/route.js"(exports2,module2){var conversions=require_conversions();function buildGraph(){const graph={};
const models=Object.keys(conversions);for(let len=models.length,i=0;i<len;i++){graph[models[i]]={distance:-1,parent:null}}return graph}function deriveBFS(fromModel){
const graph=buildGraph();const queue=[fromModel];graph[fromModel].distance=0;while(queue.length){const current=queue.pop();const adjacents=Object.keys(conversions[current]);
for(let len=adjacents.length,i=0;i<len;i++){const adjacent=adjacents[i];const node=graph[adjacent];if(node.distance===-1){node.distance=graph[current].distance+
1;node.parent=current;queue.unshift(adjacent)}}}return graph}function link(from,to){return function(args){return to(from(args))}}function wrapConversion(toModel,graph){
const path2=[graph[toModel].parent,toModel];let fn=conversions[graph[toModel].parent][toModel];let cur=graph[toModel].parent;while(graph[cur].parent){path2.unshift(
graph[cur].parent);fn=link(conversions[graph[cur].parent][cur],fn);cur=graph[cur].parent}fn.conversion=path2;return fn}module2.exports=function(fromModel){const graph=deriveBFS(
fromModel);const conversion={};const models=Object.keys(graph);for(let len=models.length,i=0;i<len;i++){const toModel=models[i];const node=graph[toModel];if(node.
parent===null){continue}conversion[toModel]=wrapConversion(toModel,graph)}return conversion}}});var require_color_convert=__commonJS({"node_modules/color-convert/index.js"(exports2,module2){var conversions=require_conversions();var route=require_route();var convert={};
var models=Object.keys(conversions);function wrapRaw(fn){const wrappedFn=function(...args){const arg0=args[0];if(arg0===void 0||arg0===null){return arg0}if(arg0.
length>1){args=arg0}return fn(args)};if("conversion"in fn){wrappedFn.conversion=fn.conversion}return wrappedFn}function wrapRounded(fn){const wrappedFn=function(...args){
const arg0=args[0];if(arg0===void 0||arg0===null){return arg0}if(arg0.length>1){args=arg0}const result=fn(args);if(typeof result==="object"){for(let len=result.
length,i=0;i<len;i++){result[i]=Math.round(result[i])}}return result};if("conversion"in fn){wrappedFn.conversion=fn.conversion}return wrappedFn}models.forEach(fromModel=>{
convert[fromModel]={};Object.defineProperty(convert[fromModel],"channels",{value:conversions[fromModel].channels});Object.defineProperty(convert[fromModel],"lab\
els",{value:conversions[fromModel].labels});const routes=route(fromModel);const routeModels=Object.keys(routes);routeModels.forEach(toModel=>{const fn=routes[toModel];
convert[fromModel][toModel]=wrapRounded(fn);convert[fromModel][toModel].raw=wrapRaw(fn)})});module2.exports=convert}});var require_ansi_styles=__commonJS({"node_modules/ansi-styles/index.js"(exports2,module2){"use strict";var wrapAnsi162=(fn,offset)=>(...args)=>{const code2=fn(...args);
return`\x1B[${code2+offset}m`};var wrapAnsi2562=(fn,offset)=>(...args)=>{const code2=fn(...args);return`\x1B[${38+offset};5;${code2}m`};var wrapAnsi16m2=(fn,offset)=>(...args)=>{
const rgb=fn(...args);return`\x1B[${38+offset};2;${rgb[0]};${rgb[1]};${rgb[2]}m`};var ansi2ansi=n=>n;var rgb2rgb=(r,g,b)=>[r,g,b];var setLazyProperty=(object2,property,get)=>{
Object.defineProperty(object2,property,{get:()=>{const value=get();Object.defineProperty(object2,property,{value,enumerable:true,configurable:true});return value},
enumerable:true,configurable:true})};var colorConvert;var makeDynamicStyles=(wrap,targetSpace,identity,isBackground)=>{if(colorConvert===void 0){colorConvert=require_color_convert()}
const offset=isBackground?10:0;const styles3={};for(const[sourceSpace,suite]of Object.entries(colorConvert)){const name=sourceSpace==="ansi16"?"ansi":sourceSpace;
if(sourceSpace===targetSpace){styles3[name]=wrap(identity,offset)}else if(typeof suite==="object"){styles3[name]=wrap(suite[targetSpace],offset)}}return styles3};
function assembleStyles2(){const codes=new Map;const styles3={modifier:{reset:[0,0],bold:[1,22],dim:[2,22],italic:[3,23],underline:[4,24],inverse:[7,27],hidden:[
8,28],strikethrough:[9,29]},color:{black:[30,39],red:[31,39],green:[32,39],yellow:[33,39],blue:[34,39],magenta:[35,39],cyan:[36,39],white:[37,39],blackBright:[90,
39],redBright:[91,39],greenBright:[92,39],yellowBright:[93,39],blueBright:[94,39],magentaBright:[95,39],cyanBright:[96,39],whiteBright:[97,39]},bgColor:{bgBlack:[
40,49],bgRed:[41,49],bgGreen:[42,49],bgYellow:[43,49],bgBlue:[44,49],bgMagenta:[45,49],bgCyan:[46,49],bgWhite:[47,49],bgBlackBright:[100,49],bgRedBright:[101,49],
bgGreenBright:[102,49],bgYellowBright:[103,49],bgBlueBright:[104,49],bgMagentaBright:[105,49],bgCyanBright:[106,49],bgWhiteBright:[107,49]}};styles3.color.gray=
styles3.color.blackBright;styles3.bgColor.bgGray=styles3.bgColor.bgBlackBright;styles3.color.grey=styles3.color.blackBright;styles3.bgColor.bgGrey=styles3.bgColor.
bgBlackBright;for(const[groupName,group]of Object.entries(styles3)){for(const[styleName,style]of Object.entries(group)){styles3[styleName]={open:`\x1B[${style[0]}\
m`,close:`\x1B[${style[1]}m`};group[styleName]=styles3[styleName];codes.set(style[0],style[1])}Object.defineProperty(styles3,groupName,{value:group,enumerable:false})}
Object.defineProperty(styles3,"codes",{value:codes,enumerable:false});styles3.color.close="\x1B[39m";styles3.bgColor.close="\x1B[49m";setLazyProperty(styles3.color,
"ansi",()=>makeDynamicStyles(wrapAnsi162,"ansi16",ansi2ansi,false));setLazyProperty(styles3.color,"ansi256",()=>makeDynamicStyles(wrapAnsi2562,"ansi256",ansi2ansi,
false));setLazyProperty(styles3.color,"ansi16m",()=>makeDynamicStyles(wrapAnsi16m2,"rgb",rgb2rgb,false));setLazyProperty(styles3.bgColor,"ansi",()=>makeDynamicStyles(
wrapAnsi162,"ansi16",ansi2ansi,true));setLazyProperty(styles3.bgColor,"ansi256",()=>makeDynamicStyles(wrapAnsi2562,"ansi256",ansi2ansi,true));setLazyProperty(styles3.
bgColor,"ansi16m",()=>makeDynamicStyles(wrapAnsi16m2,"rgb",rgb2rgb,true));return styles3}Object.defineProperty(module2,"exports",{enumerable:true,get:assembleStyles2})}});var require_wrap_ansi=__commonJS({"node_modules/wrap-ansi/index.js"(exports2,module2){"use strict";var stringWidth=require_string_width();var stripAnsi=require_strip_ansi();
var ansiStyles2=require_ansi_styles();var ESCAPES2=new Set(["\x1B","\x9B"]);var END_CODE=39;var wrapAnsi2=code2=>`${ESCAPES2.values().next().value}[${code2}m`;var wordLengths=string2=>string2.
split(" ").map(character=>stringWidth(character));var wrapWord=(rows,word,columns2)=>{const characters=[...word];let isInsideEscape=false;let visible=stringWidth(
stripAnsi(rows[rows.length-1]));for(const[index,character]of characters.entries()){const characterLength=stringWidth(character);if(visible+characterLength<=columns2){
rows[rows.length-1]+=character}else{rows.push(character);visible=0}if(ESCAPES2.has(character)){isInsideEscape=true}else if(isInsideEscape&&character==="m"){isInsideEscape=
false;continue}if(isInsideEscape){continue}visible+=characterLength;if(visible===columns2&&index<characters.length-1){rows.push("");visible=0}}if(!visible&&rows[rows.
length-1].length>0&&rows.length>1){rows[rows.length-2]+=rows.pop()}};var stringVisibleTrimSpacesRight=str=>{const words2=str.split(" ");let last=words2.length;while(last>
0){if(stringWidth(words2[last-1])>0){break}last--}if(last===words2.length){return str}return words2.slice(0,last).join(" ")+words2.slice(last).join("")};var exec=(string2,columns2,options={})=>{
if(options.trim!==false&&string2.trim()===""){return""}let pre="";let ret="";let escapeCode;const lengths=wordLengths(string2);let rows=[""];for(const[index,word]of string2.
split(" ").entries()){if(options.trim!==false){rows[rows.length-1]=rows[rows.length-1].trimLeft()}let rowLength=stringWidth(rows[rows.length-1]);if(index!==0){if(rowLength>=
columns2&&(options.wordWrap===false||options.trim===false)){rows.push("");rowLength=0}if(rowLength>0||options.trim===false){rows[rows.length-1]+=" ";rowLength++}}
if(options.hard&&lengths[index]>columns2){const remainingColumns=columns2-rowLength;const breaksStartingThisLine=1+Math.floor((lengths[index]-remainingColumns-1)/
columns2);const breaksStartingNextLine=Math.floor((lengths[index]-1)/columns2);if(breaksStartingNextLine<breaksStartingThisLine){rows.push("")}wrapWord(rows,word,
columns2);continue}if(rowLength+lengths[index]>columns2&&rowLength>0&&lengths[index]>0){if(options.wordWrap===false&&rowLength<columns2){wrapWord(rows,word,columns2);
continue}rows.push("")}if(rowLength+lengths[index]>columns2&&options.wordWrap===false){wrapWord(rows,word,columns2);continue}rows[rows.length-1]+=word}if(options.
trim!==false){rows=rows.map(stringVisibleTrimSpacesRight)}pre=rows.join("\n");for(const[index,character]of[...pre].entries()){ret+=character;if(ESCAPES2.has(character)){
const code3=parseFloat(/\d[^m]*/.exec(pre.slice(index,index+4)));escapeCode=code3===END_CODE?null:code3}const code2=ansiStyles2.codes.get(Number(escapeCode));if(escapeCode&&
code2){if(pre[index+1]==="\n"){ret+=wrapAnsi2(code2)}else if(character==="\n"){ret+=wrapAnsi2(escapeCode)}}}return ret};module2.exports=(string2,columns2,options)=>{
return String(string2).normalize().replace(/\r\n/g,"\n").split("\n").map(line=>exec(line,columns2,options)).join("\n")}}});function breakLines(content,width){return content.split("\n").flatMap(line=>(0,import_wrap_ansi.default)(line,width,{trim:false,hard:true}).split("\n").map(str=>str.
trimEnd())).join("\n")}function readlineWidth(){return(0,import_cli_width.default)({defaultWidth:80,output:readline().output})}var import_cli_width,import_wrap_ansi;
var init_utils=__esm({"node_modules/@inquirer/core/dist/esm/lib/utils.js"(){import_cli_width=__toESM(require_cli_width(),1);import_wrap_ansi=__toESM(require_wrap_ansi(),1);
init_hook_engine()}});function usePointerPosition({active,renderedItems,pageSize,loop}){const state=useRef({lastPointer:active,lastActive:void 0});const{lastPointer,lastActive}=state.
current;const middle=Math.floor(pageSize/2);const renderedLength=renderedItems.reduce((acc,item)=>acc+item.length,0);const defaultPointerPosition=renderedItems.
slice(0,active).reduce((acc,item)=>acc+item.length,0);let pointer=defaultPointerPosition;if(renderedLength>pageSize){if(loop){pointer=lastPointer;if(lastActive!=
null&&lastActive<active&&active-lastActive<pageSize){pointer=Math.min(middle,Math.abs(active-lastActive)===1?Math.min(lastPointer+(renderedItems[lastActive]?.length??
0),Math.max(defaultPointerPosition,lastPointer)):lastPointer+active-lastActive)}}else{const spaceUnderActive=renderedItems.slice(active).reduce((acc,item)=>acc+
item.length,0);pointer=spaceUnderActive<pageSize-middle?pageSize-spaceUnderActive:Math.min(defaultPointerPosition,middle)}}state.current.lastPointer=pointer;state.
current.lastActive=active;return pointer}function usePagination({items,active,renderItem,pageSize,loop=true}){const width=readlineWidth();const bound=num=>(num%
items.length+items.length)%items.length;const renderedItems=items.map((item,index)=>{if(item==null)return[];return breakLines(renderItem({item,index,isActive:index===
active}),width).split("\n")});const renderedLength=renderedItems.reduce((acc,item)=>acc+item.length,0);const renderItemAtIndex=index=>renderedItems[index]??[];const pointer=usePointerPosition(
{active,renderedItems,pageSize,loop});const activeItem=renderItemAtIndex(active).slice(0,pageSize);const activeItemPosition=pointer+activeItem.length<=pageSize?
pointer:pageSize-activeItem.length;const pageBuffer=Array.from({length:pageSize});pageBuffer.splice(activeItemPosition,activeItem.length,...activeItem);const itemVisited=new Set(
[active]);let bufferPointer=activeItemPosition+activeItem.length;let itemPointer=bound(active+1);while(bufferPointer<pageSize&&!itemVisited.has(itemPointer)&&(loop&&
renderedLength>pageSize?itemPointer!==active:itemPointer>active)){const lines=renderItemAtIndex(itemPointer);const linesToAdd=lines.slice(0,pageSize-bufferPointer);
pageBuffer.splice(bufferPointer,linesToAdd.length,...linesToAdd);itemVisited.add(itemPointer);bufferPointer+=linesToAdd.length;itemPointer=bound(itemPointer+1)}
bufferPointer=activeItemPosition-1;itemPointer=bound(active-1);while(bufferPointer>=0&&!itemVisited.has(itemPointer)&&(loop&&renderedLength>pageSize?itemPointer!==
active:itemPointer<active)){const lines=renderItemAtIndex(itemPointer);const linesToAdd=lines.slice(Math.max(0,lines.length-bufferPointer-1));pageBuffer.splice(
bufferPointer-linesToAdd.length+1,linesToAdd.length,...linesToAdd);itemVisited.add(itemPointer);bufferPointer-=linesToAdd.length;itemPointer=bound(itemPointer-1)}
return pageBuffer.filter(line=>typeof line==="string").join("\n")}var init_use_pagination=__esm({"node_modules/@inquirer/core/dist/esm/lib/pagination/use-pagina\
tion.js"(){init_use_ref();init_utils()}});var require_lib=__commonJS({"node_modules/mute-stream/lib/index.js"(exports2,module2){var Stream=require("stream");var MuteStream2=class extends Stream{#isTTY=null;constructor(opts={}){
super(opts);this.writable=this.readable=true;this.muted=false;this.on("pipe",this._onpipe);this.replace=opts.replace;this._prompt=opts.prompt||null;this._hadControl=
false}#destSrc(key,def){if(this._dest){return this._dest[key]}if(this._src){return this._src[key]}return def}#proxy(method,...args){if(typeof this._dest?.[method]===
"function"){this._dest[method](...args)}if(typeof this._src?.[method]==="function"){this._src[method](...args)}}get isTTY(){if(this.#isTTY!==null){return this.#isTTY}
return this.#destSrc("isTTY",false)}set isTTY(val){this.#isTTY=val}get rows(){return this.#destSrc("rows")}get columns(){return this.#destSrc("columns")}mute(){
this.muted=true}unmute(){this.muted=false}_onpipe(src){this._src=src}pipe(dest,options){this._dest=dest;return super.pipe(dest,options)}pause(){if(this._src){return this.
_src.pause()}}resume(){if(this._src){return this._src.resume()}}write(c){if(this.muted){if(!this.replace){return true}if(c.match(/^\u001b/)){if(c.indexOf(this._prompt)===
0){c=c.slice(this._prompt.length);c=c.replace(/./g,this.replace);c=this._prompt+c}this._hadControl=true;return this.emit("data",c)}else{if(this._prompt&&this._hadControl&&
c.indexOf(this._prompt)===0){this._hadControl=false;this.emit("data",this._prompt);c=c.slice(this._prompt.length)}c=c.toString().replace(/./g,this.replace)}}this.
emit("data",c)}end(c){if(this.muted){if(c&&this.replace){c=c.toString().replace(/./g,this.replace)}else{c=null}}if(c){this.emit("data",c)}this.emit("end")}destroy(...args){
return this.#proxy("destroy",...args)}destroySoon(...args){return this.#proxy("destroySoon",...args)}close(...args){return this.#proxy("close",...args)}};module2.
exports=MuteStream2}});var signals;var init_signals=__esm({"node_modules/signal-exit/dist/mjs/signals.js"(){signals=[];signals.push("SIGHUP","SIGINT","SIGTERM");if(process.platform!==
"win32"){signals.push("SIGALRM","SIGABRT","SIGVTALRM","SIGXCPU","SIGXFSZ","SIGUSR2","SIGTRAP","SIGSYS","SIGQUIT","SIGIOT")}if(process.platform==="linux"){signals.
push("SIGIO","SIGPOLL","SIGPWR","SIGSTKFLT")}}});var processOk,kExitEmitter,global,ObjectDefineProperty,Emitter,SignalExitBase,signalExitWrap,SignalExitFallback,SignalExit,process3,onExit,load2,unload;var init_mjs=__esm(
{"node_modules/signal-exit/dist/mjs/index.js"(){init_signals();processOk=process4=>!!process4&&typeof process4==="object"&&typeof process4.removeListener==="fun\
ction"&&typeof process4.emit==="function"&&typeof process4.reallyExit==="function"&&typeof process4.listeners==="function"&&typeof process4.kill==="function"&&typeof process4.
pid==="number"&&typeof process4.on==="function";kExitEmitter=Symbol.for("signal-exit emitter");global=globalThis;ObjectDefineProperty=Object.defineProperty.bind(
Object);Emitter=class{emitted={afterExit:false,exit:false};listeners={afterExit:[],exit:[]};count=0;id=Math.random();constructor(){if(global[kExitEmitter]){return global[kExitEmitter]}
ObjectDefineProperty(global,kExitEmitter,{value:this,writable:false,enumerable:false,configurable:false})}on(ev,fn){this.listeners[ev].push(fn)}removeListener(ev,fn){
const list2=this.listeners[ev];const i=list2.indexOf(fn);if(i===-1){return}if(i===0&&list2.length===1){list2.length=0}else{list2.splice(i,1)}}emit(ev,code2,signal){
if(this.emitted[ev]){return false}this.emitted[ev]=true;let ret=false;for(const fn of this.listeners[ev]){ret=fn(code2,signal)===true||ret}if(ev==="exit"){ret=this.
emit("afterExit",code2,signal)||ret}return ret}};SignalExitBase=class{};signalExitWrap=handler=>{return{onExit(cb,opts){return handler.onExit(cb,opts)},load(){return handler.
load()},unload(){return handler.unload()}}};SignalExitFallback=class extends SignalExitBase{onExit(){return()=>{}}load(){}unload(){}};SignalExit=class extends SignalExitBase{#hupSig=process3.
platform==="win32"?"SIGINT":"SIGHUP";#emitter=new Emitter;#process;#originalProcessEmit;#originalProcessReallyExit;#sigListeners={};#loaded=false;constructor(process4){
super();this.#process=process4;this.#sigListeners={};for(const sig of signals){this.#sigListeners[sig]=()=>{const listeners=this.#process.listeners(sig);let{count}=this.#emitter;
const p=process4;if(typeof p.__signal_exit_emitter__==="object"&&typeof p.__signal_exit_emitter__.count==="number"){count+=p.__signal_exit_emitter__.count}if(listeners.
length===count){this.unload();const ret=this.#emitter.emit("exit",null,sig);const s=sig==="SIGHUP"?this.#hupSig:sig;if(!ret)process4.kill(process4.pid,s)}}}this.#originalProcessReallyExit=
process4.reallyExit;this.#originalProcessEmit=process4.emit}onExit(cb,opts){if(!processOk(this.#process)){return()=>{}}if(this.#loaded===false){this.load()}const ev=opts?.
alwaysLast?"afterExit":"exit";this.#emitter.on(ev,cb);return()=>{this.#emitter.removeListener(ev,cb);if(this.#emitter.listeners["exit"].length===0&&this.#emitter.
listeners["afterExit"].length===0){this.unload()}}}load(){if(this.#loaded){return}this.#loaded=true;this.#emitter.count+=1;for(const sig of signals){try{const fn=this.#sigListeners[sig];
if(fn)this.#process.on(sig,fn)}catch(_){}}this.#process.emit=(ev,...a)=>{return this.#processEmit(ev,...a)};this.#process.reallyExit=code2=>{return this.#processReallyExit(
code2)}}unload(){if(!this.#loaded){return}this.#loaded=false;signals.forEach(sig=>{const listener=this.#sigListeners[sig];if(!listener){throw new Error("Listene\
r not defined for signal: "+sig)}try{this.#process.removeListener(sig,listener)}catch(_){}});this.#process.emit=this.#originalProcessEmit;this.#process.reallyExit=
this.#originalProcessReallyExit;this.#emitter.count-=1}#processReallyExit(code2){if(!processOk(this.#process)){return 0}this.#process.exitCode=code2||0;this.#emitter.
emit("exit",this.#process.exitCode,null);return this.#originalProcessReallyExit.call(this.#process,this.#process.exitCode)}#processEmit(ev,...args){const og=this.#originalProcessEmit;
if(ev==="exit"&&processOk(this.#process)){if(typeof args[0]==="number"){this.#process.exitCode=args[0]}const ret=og.call(this.#process,ev,...args);this.#emitter.
emit("exit",this.#process.exitCode,null);return ret}else{return og.call(this.#process,ev,...args)}}};process3=globalThis.process;({onExit,load:load2,unload}=signalExitWrap(
processOk(process3)?new SignalExit(process3):new SignalExitFallback))}});var ESC,cursorLeft,cursorHide,cursorShow,cursorUp,cursorDown,cursorTo,eraseLine,eraseLines;var init_esm2=__esm({"node_modules/@inquirer/ansi/dist/esm/index.js"(){
ESC="\x1B[";cursorLeft=ESC+"G";cursorHide=ESC+"?25l";cursorShow=ESC+"?25h";cursorUp=(rows=1)=>rows>0?`${ESC}${rows}A`:"";cursorDown=(rows=1)=>rows>0?`${ESC}${rows}\
B`:"";cursorTo=(x,y)=>{if(typeof y==="number"&&!Number.isNaN(y)){return`${ESC}${y+1};${x+1}H`}return`${ESC}${x+1}G`};eraseLine=ESC+"2K";eraseLines=lines=>lines>
0?(eraseLine+cursorUp(1)).repeat(lines-1)+eraseLine+cursorLeft:""}});var import_node_util2,height,lastLine,ScreenManager;var init_screen_manager=__esm({"node_modules/@inquirer/core/dist/esm/lib/screen-manager.js"(){import_node_util2=
require("node:util");init_utils();init_esm2();height=content=>content.split("\n").length;lastLine=content=>content.split("\n").pop()??"";ScreenManager=class{height=0;extraLinesUnderPrompt=0;cursorPos;rl;constructor(rl){
this.rl=rl;this.cursorPos=rl.getCursorPos()}write(content){this.rl.output.unmute();this.rl.output.write(content);this.rl.output.mute()}render(content,bottomContent=""){
const promptLine=lastLine(content);const rawPromptLine=(0,import_node_util2.stripVTControlCharacters)(promptLine);let prompt=rawPromptLine;if(this.rl.line.length>
0){prompt=prompt.slice(0,-this.rl.line.length)}this.rl.setPrompt(prompt);this.cursorPos=this.rl.getCursorPos();const width=readlineWidth();content=breakLines(content,
width);bottomContent=breakLines(bottomContent,width);if(rawPromptLine.length%width===0){content+="\n"}let output=content+(bottomContent?"\n"+bottomContent:"");const promptLineUpDiff=Math.
floor(rawPromptLine.length/width)-this.cursorPos.rows;const bottomContentHeight=promptLineUpDiff+(bottomContent?height(bottomContent):0);if(bottomContentHeight>
0)output+=cursorUp(bottomContentHeight);output+=cursorTo(this.cursorPos.cols);this.write(cursorDown(this.extraLinesUnderPrompt)+eraseLines(this.height)+output);
this.extraLinesUnderPrompt=bottomContentHeight;this.height=height(output)}checkCursorPos(){const cursorPos=this.rl.getCursorPos();if(cursorPos.cols!==this.cursorPos.
cols){this.write(cursorTo(cursorPos.cols));this.cursorPos=cursorPos}}done({clearContent}){this.rl.setPrompt("");let output=cursorDown(this.extraLinesUnderPrompt);
output+=clearContent?eraseLines(this.height):"\n";output+=cursorShow;this.write(output);this.rl.close()}}}});var PromisePolyfill;var init_promise_polyfill=__esm({"node_modules/@inquirer/core/dist/esm/lib/promise-polyfill.js"(){PromisePolyfill=class extends Promise{static withResolver(){
let resolve14;let reject;const promise=new Promise((res,rej)=>{resolve14=res;reject=rej});return{promise,resolve:resolve14,reject}}}}});function getCallSites(){const _prepareStackTrace=Error.prepareStackTrace;let result=[];try{Error.prepareStackTrace=(_,callSites)=>{const callSitesWithoutCurrent=callSites.
slice(1);result=callSitesWithoutCurrent;return callSitesWithoutCurrent};new Error().stack}catch{return result}Error.prepareStackTrace=_prepareStackTrace;return result}
function createPrompt(view){const callSites=getCallSites();const prompt=(config,context={})=>{const{input=process.stdin,signal}=context;const cleanups=new Set;const output=new import_mute_stream.default;
output.pipe(context.output??process.stdout);const rl=readline2.createInterface({terminal:true,input,output});const screen=new ScreenManager(rl);const{promise,resolve:resolve14,
reject}=PromisePolyfill.withResolver();const cancel=()=>reject(new CancelPromptError);if(signal){const abort=()=>reject(new AbortPromptError({cause:signal.reason}));
if(signal.aborted){abort();return Object.assign(promise,{cancel})}signal.addEventListener("abort",abort);cleanups.add(()=>signal.removeEventListener("abort",abort))}
cleanups.add(onExit((code2,signal2)=>{reject(new ExitPromptError(`User force closed the prompt with ${code2} ${signal2}`))}));const sigint=()=>reject(new ExitPromptError(
`User force closed the prompt with SIGINT`));rl.on("SIGINT",sigint);cleanups.add(()=>rl.removeListener("SIGINT",sigint));const checkCursorPos=()=>screen.checkCursorPos();
rl.input.on("keypress",checkCursorPos);cleanups.add(()=>rl.input.removeListener("keypress",checkCursorPos));return withHooks(rl,cycle=>{const hooksCleanup=import_node_async_hooks3.AsyncResource.
bind(()=>effectScheduler.clearAll());rl.on("close",hooksCleanup);cleanups.add(()=>rl.removeListener("close",hooksCleanup));cycle(()=>{try{const nextView=view(config,
value=>{setImmediate(()=>resolve14(value))});if(nextView===void 0){const callerFilename=callSites[1]?.getFileName();throw new Error(`Prompt functions must retur\
n a string.
    at ${callerFilename}`)}const[content,bottomContent]=typeof nextView==="string"?[nextView]:nextView;screen.render(content,bottomContent);effectScheduler.run()}catch(error){
reject(error)}});return Object.assign(promise.then(answer=>{effectScheduler.clearAll();return answer},error=>{effectScheduler.clearAll();throw error}).finally(()=>{
cleanups.forEach(cleanup=>cleanup());screen.done({clearContent:Boolean(context.clearPromptOnDone)});output.end()}).then(()=>promise),{cancel})})};return prompt}
var readline2,import_node_async_hooks3,import_mute_stream;var init_create_prompt=__esm({"node_modules/@inquirer/core/dist/esm/lib/create-prompt.js"(){readline2=
__toESM(require("node:readline"),1);import_node_async_hooks3=require("node:async_hooks");import_mute_stream=__toESM(require_lib(),1);init_mjs();init_screen_manager();
init_promise_polyfill();init_hook_engine();init_errors2()}});var import_yoctocolors_cjs2,Separator;var init_Separator=__esm({"node_modules/@inquirer/core/dist/esm/lib/Separator.js"(){import_yoctocolors_cjs2=__toESM(require_yoctocolors_cjs(),1);
init_esm();Separator=class{separator=import_yoctocolors_cjs2.default.dim(Array.from({length:15}).join(esm_default.line));type="separator";constructor(separator){
if(separator){this.separator=separator}}static isSeparator(choice){return Boolean(choice&&typeof choice==="object"&&"type"in choice&&choice.type==="separator")}}}});var init_esm3=__esm({"node_modules/@inquirer/core/dist/esm/index.js"(){init_key();init_errors2();init_use_prefix();init_use_state();init_use_effect();init_use_memo();
init_use_ref();init_use_keypress();init_make_theme();init_use_pagination();init_create_prompt();init_Separator()}});var esm_exports={};__export(esm_exports,{Separator:()=>Separator,default:()=>esm_default2});function isSelectable(item){return!Separator.isSeparator(item)&&!item.
disabled}function isChecked(item){return isSelectable(item)&&item.checked}function toggle(item){return isSelectable(item)?{...item,checked:!item.checked}:item}function check(checked){
return function(item){return isSelectable(item)?{...item,checked}:item}}function normalizeChoices(choices){return choices.map(choice=>{if(Separator.isSeparator(
choice))return choice;if(typeof choice==="string"){return{value:choice,name:choice,short:choice,checkedName:choice,disabled:false,checked:false}}const name=choice.
name??String(choice.value);const normalizedChoice={value:choice.value,name,short:choice.short??name,checkedName:choice.checkedName??name,disabled:choice.disabled??
false,checked:choice.checked??false};if(choice.description){normalizedChoice.description=choice.description}return normalizedChoice})}var import_yoctocolors_cjs3,
checkboxTheme,esm_default2;var init_esm4=__esm({"node_modules/@inquirer/checkbox/dist/esm/index.js"(){init_esm3();init_esm2();import_yoctocolors_cjs3=__toESM(require_yoctocolors_cjs(),1);
init_esm();init_esm3();checkboxTheme={icon:{checked:import_yoctocolors_cjs3.default.green(esm_default.circleFilled),unchecked:esm_default.circle,cursor:esm_default.
pointer},style:{disabledChoice:text=>import_yoctocolors_cjs3.default.dim(`- ${text}`),renderSelectedChoices:selectedChoices=>selectedChoices.map(choice=>choice.
short).join(", "),description:text=>import_yoctocolors_cjs3.default.cyan(text),keysHelpTip:keys=>keys.map(([key,action])=>`${import_yoctocolors_cjs3.default.bold(
key)} ${import_yoctocolors_cjs3.default.dim(action)}`).join(import_yoctocolors_cjs3.default.dim(" \u2022 "))},helpMode:"always",keybindings:[]};esm_default2=createPrompt(
(config,done)=>{const{instructions,pageSize=7,loop=true,required:required3,validate:validate2=()=>true}=config;const shortcuts={all:"a",invert:"i",...config.shortcuts};
const theme=makeTheme(checkboxTheme,config.theme);const{keybindings}=theme;const[status,setStatus]=useState("idle");const prefix=usePrefix({status,theme});const[
items,setItems]=useState(normalizeChoices(config.choices));const bounds=useMemo(()=>{const first=items.findIndex(isSelectable);const last=items.findLastIndex(isSelectable);
if(first===-1){throw new ValidationError("[checkbox prompt] No selectable choices. All choices are disabled.")}return{first,last}},[items]);const[active,setActive]=useState(
bounds.first);const[errorMsg,setError]=useState();useKeypress(async key=>{if(isEnterKey(key)){const selection=items.filter(isChecked);const isValid=await validate2(
[...selection]);if(required3&&!items.some(isChecked)){setError("At least one choice must be selected")}else if(isValid===true){setStatus("done");done(selection.
map(choice=>choice.value))}else{setError(isValid||"You must select a valid value")}}else if(isUpKey(key,keybindings)||isDownKey(key,keybindings)){if(loop||isUpKey(
key,keybindings)&&active!==bounds.first||isDownKey(key,keybindings)&&active!==bounds.last){const offset=isUpKey(key,keybindings)?-1:1;let next=active;do{next=(next+
offset+items.length)%items.length}while(!isSelectable(items[next]));setActive(next)}}else if(isSpaceKey(key)){setError(void 0);setItems(items.map((choice,i)=>i===
active?toggle(choice):choice))}else if(key.name===shortcuts.all){const selectAll=items.some(choice=>isSelectable(choice)&&!choice.checked);setItems(items.map(check(
selectAll)))}else if(key.name===shortcuts.invert){setItems(items.map(toggle))}else if(isNumberKey(key)){const selectedIndex=Number(key.name)-1;let selectableIndex=-1;
const position=items.findIndex(item=>{if(Separator.isSeparator(item))return false;selectableIndex++;return selectableIndex===selectedIndex});const selectedItem=items[position];
if(selectedItem&&isSelectable(selectedItem)){setActive(position);setItems(items.map((choice,i)=>i===position?toggle(choice):choice))}}});const message=theme.style.
message(config.message,status);let description;const page=usePagination({items,active,renderItem({item,isActive}){if(Separator.isSeparator(item)){return` ${item.
separator}`}if(item.disabled){const disabledLabel=typeof item.disabled==="string"?item.disabled:"(disabled)";return theme.style.disabledChoice(`${item.name} ${disabledLabel}`)}
if(isActive){description=item.description}const checkbox=item.checked?theme.icon.checked:theme.icon.unchecked;const name=item.checked?item.checkedName:item.name;
const color=isActive?theme.style.highlight:x=>x;const cursor=isActive?theme.icon.cursor:" ";return color(`${cursor}${checkbox} ${name}`)},pageSize,loop});if(status===
"done"){const selection=items.filter(isChecked);const answer=theme.style.answer(theme.style.renderSelectedChoices(selection,items));return[prefix,message,answer].
filter(Boolean).join(" ")}let helpLine;if(theme.helpMode!=="never"&&instructions!==false){if(typeof instructions==="string"){helpLine=instructions}else{const keys=[
["\u2191\u2193","navigate"],["space","select"]];if(shortcuts.all)keys.push([shortcuts.all,"all"]);if(shortcuts.invert)keys.push([shortcuts.invert,"invert"]);keys.
push(["\u23CE","submit"]);helpLine=theme.style.keysHelpTip(keys)}}const lines=[[prefix,message].filter(Boolean).join(" "),page," ",description?theme.style.description(
description):"",errorMsg?theme.style.error(errorMsg):"",helpLine].filter(Boolean).join("\n").trimEnd();return`${lines}${cursorHide}`})}});var esm_exports2={};__export(esm_exports2,{default:()=>esm_default3});var inputTheme,esm_default3;var init_esm5=__esm({"node_modules/@inquirer/input/dist/esm/in\
dex.js"(){init_esm3();inputTheme={validationFailureMode:"keep"};esm_default3=createPrompt((config,done)=>{const{prefill="tab"}=config;const theme=makeTheme(inputTheme,
config.theme);const[status,setStatus]=useState("idle");const[defaultValue="",setDefaultValue]=useState(config.default);const[errorMsg,setError]=useState();const[
value,setValue]=useState("");const prefix=usePrefix({status,theme});async function validate2(value2){const{required:required3,pattern,patternError="Invalid inpu\
t"}=config;if(required3&&!value2){return"You must provide a value"}if(pattern&&!pattern.test(value2)){return patternError}if(typeof config.validate==="function"){
return await config.validate(value2)||"You must provide a valid value"}return true}useKeypress(async(key,rl)=>{if(status!=="idle"){return}if(isEnterKey(key)){const answer=value||
defaultValue;setStatus("loading");const isValid=await validate2(answer);if(isValid===true){setValue(answer);setStatus("done");done(answer)}else{if(theme.validationFailureMode===
"clear"){setValue("")}else{rl.write(value)}setError(isValid);setStatus("idle")}}else if(isBackspaceKey(key)&&!value){setDefaultValue(void 0)}else if(isTabKey(key)&&
!value){setDefaultValue(void 0);rl.clearLine(0);rl.write(defaultValue);setValue(defaultValue)}else{setValue(rl.line);setError(void 0)}});useEffect(rl=>{if(prefill===
"editable"&&defaultValue){rl.write(defaultValue);setValue(defaultValue)}},[]);const message=theme.style.message(config.message,status);let formattedValue=value;
if(typeof config.transformer==="function"){formattedValue=config.transformer(value,{isFinal:status==="done"})}else if(status==="done"){formattedValue=theme.style.
answer(value)}let defaultStr;if(defaultValue&&status!=="done"&&!value){defaultStr=theme.style.defaultAnswer(defaultValue)}let error="";if(errorMsg){error=theme.
style.error(errorMsg)}return[[prefix,message,defaultStr,formattedValue].filter(v=>v!==void 0).join(" "),error]})}});var esm_exports3={};__export(esm_exports3,{Separator:()=>Separator,default:()=>esm_default4});function isSelectable2(item){return!Separator.isSeparator(item)&&!item.
disabled}function normalizeChoices2(choices){return choices.map(choice=>{if(Separator.isSeparator(choice))return choice;if(typeof choice==="string"){return{value:choice,
name:choice,short:choice,disabled:false}}const name=choice.name??String(choice.value);const normalizedChoice={value:choice.value,name,short:choice.short??name,disabled:choice.
disabled??false};if(choice.description){normalizedChoice.description=choice.description}return normalizedChoice})}var import_yoctocolors_cjs4,selectTheme,esm_default4;
var init_esm6=__esm({"node_modules/@inquirer/select/dist/esm/index.js"(){init_esm3();init_esm2();import_yoctocolors_cjs4=__toESM(require_yoctocolors_cjs(),1);init_esm();
init_esm3();selectTheme={icon:{cursor:esm_default.pointer},style:{disabled:text=>import_yoctocolors_cjs4.default.dim(`- ${text}`),description:text=>import_yoctocolors_cjs4.default.
cyan(text),keysHelpTip:keys=>keys.map(([key,action])=>`${import_yoctocolors_cjs4.default.bold(key)} ${import_yoctocolors_cjs4.default.dim(action)}`).join(import_yoctocolors_cjs4.default.
dim(" \u2022 "))},helpMode:"always",indexMode:"hidden",keybindings:[]};esm_default4=createPrompt((config,done)=>{const{loop=true,pageSize=7}=config;const theme=makeTheme(
selectTheme,config.theme);const{keybindings}=theme;const[status,setStatus]=useState("idle");const prefix=usePrefix({status,theme});const searchTimeoutRef=useRef();
const searchEnabled=!keybindings.includes("vim");const items=useMemo(()=>normalizeChoices2(config.choices),[config.choices]);const bounds=useMemo(()=>{const first=items.
findIndex(isSelectable2);const last=items.findLastIndex(isSelectable2);if(first===-1){throw new ValidationError("[select prompt] No selectable choices. All choi\
ces are disabled.")}return{first,last}},[items]);const defaultItemIndex=useMemo(()=>{if(!("default"in config))return-1;return items.findIndex(item=>isSelectable2(
item)&&item.value===config.default)},[config.default,items]);const[active,setActive]=useState(defaultItemIndex===-1?bounds.first:defaultItemIndex);const selectedChoice=items[active];
useKeypress((key,rl)=>{clearTimeout(searchTimeoutRef.current);if(isEnterKey(key)){setStatus("done");done(selectedChoice.value)}else if(isUpKey(key,keybindings)||
isDownKey(key,keybindings)){rl.clearLine(0);if(loop||isUpKey(key,keybindings)&&active!==bounds.first||isDownKey(key,keybindings)&&active!==bounds.last){const offset=isUpKey(
key,keybindings)?-1:1;let next=active;do{next=(next+offset+items.length)%items.length}while(!isSelectable2(items[next]));setActive(next)}}else if(isNumberKey(key)&&
!Number.isNaN(Number(rl.line))){const selectedIndex=Number(rl.line)-1;let selectableIndex=-1;const position=items.findIndex(item2=>{if(Separator.isSeparator(item2))
return false;selectableIndex++;return selectableIndex===selectedIndex});const item=items[position];if(item!=null&&isSelectable2(item)){setActive(position)}searchTimeoutRef.
current=setTimeout(()=>{rl.clearLine(0)},700)}else if(isBackspaceKey(key)){rl.clearLine(0)}else if(searchEnabled){const searchTerm=rl.line.toLowerCase();const matchIndex=items.
findIndex(item=>{if(Separator.isSeparator(item)||!isSelectable2(item))return false;return item.name.toLowerCase().startsWith(searchTerm)});if(matchIndex!==-1){setActive(
matchIndex)}searchTimeoutRef.current=setTimeout(()=>{rl.clearLine(0)},700)}});useEffect(()=>()=>{clearTimeout(searchTimeoutRef.current)},[]);const message=theme.
style.message(config.message,status);let helpLine;if(theme.helpMode!=="never"){if(config.instructions){const{pager,navigation}=config.instructions;helpLine=theme.
style.help(items.length>pageSize?pager:navigation)}else{helpLine=theme.style.keysHelpTip([["\u2191\u2193","navigate"],["\u23CE","select"]])}}let separatorCount=0;
const page=usePagination({items,active,renderItem({item,isActive,index}){if(Separator.isSeparator(item)){separatorCount++;return` ${item.separator}`}const indexLabel=theme.
indexMode==="number"?`${index+1-separatorCount}. `:"";if(item.disabled){const disabledLabel=typeof item.disabled==="string"?item.disabled:"(disabled)";return theme.
style.disabled(`${indexLabel}${item.name} ${disabledLabel}`)}const color=isActive?theme.style.highlight:x=>x;const cursor=isActive?theme.icon.cursor:` `;return color(
`${cursor} ${indexLabel}${item.name}`)},pageSize,loop});if(status==="done"){return[prefix,message,theme.style.answer(selectedChoice.short)].filter(Boolean).join(
" ")}const{description}=selectedChoice;const lines=[[prefix,message].filter(Boolean).join(" "),page," ",description?theme.style.description(description):"",helpLine].
filter(Boolean).join("\n").trimEnd();return`${lines}${cursorHide}`})}});var inquirer_prompter_exports={};__export(inquirer_prompter_exports,{createInquirerPrompter:()=>createInquirerPrompter});async function createInquirerPrompter(t){
const[{default:checkbox,Separator:Separator2},{default:input},{default:select}]=await Promise.all([Promise.resolve().then(()=>(init_esm4(),esm_exports)),Promise.resolve().then(()=>(init_esm5(),esm_exports2)),
Promise.resolve().then(()=>(init_esm6(),esm_exports3))]);const withSeparators=choices=>choices.map(c=>isChoiceGroup(c)?new Separator2(c.separator):c);const keysHelpTip=()=>t(
"init.prompt.selectHelp");const renderSelectedChoices=selected=>selected.length<=SHOWN_CHOICES?selected.map(c=>c.short).join(", "):t("init.prompt.ticked",{count:selected.
length});return{input:q=>cancellable(()=>input({message:q.message,default:q.default,validate:q.validate??(()=>true)})),number:async q=>{const answer=await cancellable(
()=>input({message:q.message,default:q.default===void 0?void 0:String(q.default),validate:text=>{const parsed=parseWholeNumber(text);if(parsed===null)return t("\
init.prompt.notNumber");return q.validate?q.validate(parsed):true}}));return parseWholeNumber(answer)??void 0},confirm:async q=>{const fallback=q.default??false;
const answer=await cancellable(()=>input({message:t(fallback?"init.prompt.yesNoDefaultYes":"init.prompt.yesNoDefaultNo",{question:q.message}),validate:text=>parseYesNo(
text,fallback)===void 0?t("init.prompt.notYesNo"):true,transformer:(text,{isFinal})=>isFinal?t(parseYesNo(text,fallback)?"init.prompt.yes":"init.prompt.no"):text}));
return parseYesNo(answer,fallback)},checkbox:q=>cancellable(()=>checkbox({message:q.message,pageSize:PAGE_SIZE,loop:false,instructions:t("init.prompt.checkboxHe\
lp"),theme:{style:{renderSelectedChoices}},choices:withSeparators(q.choices)})),select:q=>cancellable(()=>select({message:q.message,choices:withSeparators(q.choices),
default:q.default,pageSize:PAGE_SIZE,loop:false,theme:{style:{keysHelpTip}}}))}}async function cancellable(ask){try{return await ask()}catch(error){if(error instanceof
Error&&(error.name==="ExitPromptError"||error.name==="AbortPromptError"))throw new PromptCancelled;throw error}}var PAGE_SIZE,SHOWN_CHOICES;var init_inquirer_prompter=__esm(
{"src/init/inquirer-prompter.ts"(){"use strict";init_formats();init_prompter();PAGE_SIZE=15;SHOWN_CHOICES=4}});function buildSms(answers){const{organization:organization2,scope:scope2,internalAudit,managementReview}=answers;const documents2=[];const registers=[];const documentCount=answers.
existing.filter(e=>e.kind==="document").length;const registerCount=answers.existing.length-documentCount;for(const item of answers.existing){if(item.kind==="doc\
ument"){documents2.push(withoutUndefined({id:numberedId("DOC",documents2.length+1,documentCount),title:item.title,satisfies:[item.requirementId],owner:item.owner,
version:item.version,status:item.status,approvalDate:item.approvalDate,processes:item.processes?[...item.processes]:void 0,evidence:item.evidence}))}else{registers.
push(withoutUndefined({id:numberedId("REG",registers.length+1,registerCount),title:item.title,satisfies:[item.requirementId],owner:item.owner,evidence:item.evidence}))}}
const sms={organization:withoutUndefined({name:organization2.name,legalEntity:organization2.registrationId?{registrationId:organization2.registrationId}:void 0,
sites:organization2.sites.length>0?organization2.sites.map(site=>withoutUndefined({...site})):void 0}),scope:withoutUndefined({statement:scope2.statement,services:scope2.
services.length>0?serviceEntries(scope2.services):void 0,businessCategories:scope2.businessCategories.length>0?[...scope2.businessCategories]:void 0}),sms:withoutUndefined(
{startDate:answers.startDate,managementRepresentative:answers.managementRepresentative}),documents:documents2};const records2=withoutUndefined({internalAudits:internalAudit?
[withoutUndefined({id:`IA-${internalAudit.date.slice(0,4)}-01`,date:internalAudit.date,status:"completed",clauses:[...ALL_CLAUSES],evidence:internalAudit.evidence})]:
void 0,managementReviews:managementReview?[withoutUndefined({id:`MR-${managementReview.date.slice(0,4)}-01`,date:managementReview.date,status:"completed",evidence:managementReview.
evidence})]:void 0,registers:registers.length>0?registers:void 0});if(Object.keys(records2).length>0)sms.records=records2;return sms}function missingMandatory(sms,catalog2,asOf){
return unclaimedRequirements(catalog2,new SmsIndex(sms),asOf,true)}function numberedId(prefix,n,total){return`${prefix}-${String(n).padStart(Math.max(2,String(total).
length),"0")}`}function serviceEntries(names){const used=new Set;return names.map((name,index)=>{const slug=name.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").
toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"").slice(0,40).replace(/-+$/,"");let id=slug===""?`service-${index+1}`:slug;for(let n=2;used.has(id);n++)
id=`${slug||"service"}-${n}`;used.add(id);return{id,name}})}function withoutUndefined(value){return Object.fromEntries(Object.entries(value).filter(([,v])=>v!==
void 0))}var ALL_CLAUSES;var init_build_sms=__esm({"src/init/build-sms.ts"(){"use strict";init_requirement_state();init_sms_index();ALL_CLAUSES=["4","5","6","7",
"8","9","10"]}});var write_yaml_exports={};__export(write_yaml_exports,{writeSmsYaml:()=>writeSmsYaml,yamlString:()=>yamlString});function trailing(comment){return comment?`   #\
 ${comment}`:""}function yamlString(value){const plainIn=version=>(0,import_yaml3.stringify)(value,{version,lineWidth:0}).replace(/\n$/,"");return plainIn("1.2")===
value&&plainIn("1.1")===value&&!value.includes("#")?value:JSON.stringify(value)}function writeSmsYaml(sms,options){const t=translator(options.lang);const out=new Lines;
header(out,sms,options,t);organization(out,sms,t);out.blank();scope(out,sms,options,t);out.blank();operation(out,sms,t);out.blank();out.note(0,t("init.yaml.cont\
extHint"));out.stub(0,0,"context:");out.stub(0,1,"climateChange:");out.stub(0,2,"relevant: true");out.stub(0,2,`rationale: ${yamlString(t("init.yaml.climateRati\
onale"))}`);out.blank();documents(out,sms,options,t);out.blank();records(out,sms,options,t);out.blank();application(out,t);unmatched(out,options,t);return`${out.
lines.join("\n")}
`}function header(out,sms,options,t){out.lines.push(`# yaml-language-server: $schema=${options.schemaRef}`);out.note(0,t("init.yaml.header",{organization:sms.organization.
name,date:options.today}));out.note(0,t("init.yaml.nextStep",{command:options.checkCommand}));out.note(0,t("init.yaml.help"));out.blank()}function organization(out,sms,t){
const{name,legalEntity,sites}=sms.organization;out.add(0,"organization:");out.add(1,`name: ${yamlString(name)}`);if(legalEntity?.registrationId){out.add(1,"lega\
lEntity:");out.add(2,`registrationId: ${quoted(legalEntity.registrationId)}`);out.stub(2,0,`evidence: ${yamlString(t("init.yaml.licencePath"))}`,t("init.yaml.li\
cenceHint"))}else{out.stub(1,0,"legalEntity:",t("init.yaml.legalEntityHint"));out.stub(1,1,`registrationId: ${quoted(t("init.yaml.registrationPlaceholder"))}`);
out.stub(1,1,`evidence: ${yamlString(t("init.yaml.licencePath"))}`)}if(sites&&sites.length>0){out.add(1,"sites:",t("init.yaml.sitesHint"));for(const site of sites){
out.add(2,`- name: ${yamlString(site.name)}`);if(site.address!==void 0)out.add(3,`address: ${yamlString(site.address)}`);if(site.headcount!==void 0)out.add(3,`h\
eadcount: ${site.headcount}`);const lacking=[site.address===void 0?"address":"",site.headcount===void 0?"headcount":""].filter(Boolean);if(lacking.length>0)out.
note(3,t("init.yaml.toDoFields",{fields:lacking.map(field=>`\`${field}\``).join(t("list.separator"))}))}}else{out.stub(1,0,"sites:",t("init.yaml.sitesHint"));out.
stub(1,1,`- name: ${yamlString(t("init.yaml.sitePlaceholder"))}`);out.stub(1,2,`address: ${yamlString(t("init.yaml.addressPlaceholder"))}`);out.stub(1,2,"headco\
unt: 10")}}function scope(out,sms,options,t){const{statement,services,businessCategories}=sms.scope;const empty=statement===void 0&&!services?.length&&!businessCategories?.
length;out.add(0,empty?"scope: {}":"scope:",empty?t("init.yaml.emptyMapping"):void 0);if(statement!==void 0)out.add(1,`statement: ${yamlString(statement)}`);else
out.stub(1,0,`statement: ${yamlString(t("init.yaml.statementPlaceholder"))}`,t("init.yaml.statementHint"));if(services&&services.length>0){out.add(1,"services:",
t("init.yaml.servicesHint"));for(const service of services){out.add(2,`- id: ${yamlString(service.id)}`);out.add(3,`name: ${yamlString(service.name)}`)}}else{out.
stub(1,0,"services:",t("init.yaml.servicesHint"));out.stub(1,1,"- id: service-desk");out.stub(1,2,`name: ${yamlString(t("init.yaml.servicePlaceholder"))}`)}if(businessCategories&&
businessCategories.length>0){const names=businessCategories.map(key=>{const category=options.catalog.businessCategory(key);return category?`${category.number} ${category.
name[options.lang]}`:key});out.add(1,`businessCategories: ${flowList(businessCategories,true)}`,names.join("; "))}else{out.stub(1,0,`businessCategories: ["04.02\
"]`,t("init.yaml.categoriesHint"))}out.note(1,t("init.yaml.otherPartiesHint"));out.stub(1,0,"otherParties:");out.stub(1,1,`- name: ${yamlString(t("init.yaml.sup\
plierPlaceholder"))}`);out.stub(1,2,"kind: external-supplier");out.stub(1,2,`processes: ["8.7.2"]`);out.stub(1,2,"governedBy: [SUP-01]")}function operation(out,sms,t){
out.add(0,"sms:");out.add(1,`startDate: ${sms.sms.startDate}`,t("init.yaml.startDateHint"));if(sms.sms.managementRepresentative!==void 0)out.add(1,`managementRe\
presentative: ${yamlString(sms.sms.managementRepresentative)}`);else out.stub(1,0,`managementRepresentative: ${yamlString(t("init.yaml.representativePlaceholder"))}`,
t("init.yaml.representativeHint"))}function documents(out,sms,options,t){const stubs=options.missing.filter(r=>r.kind==="document");if(sms.documents.length===0)
out.add(0,"documents: []",t("init.yaml.documentsEmpty"));else out.add(0,"documents:",t("init.yaml.documentsHint"));for(const document of sms.documents)documentEntry(
out,document,options,t);if(stubs.length===0)return;out.note(1,t("init.yaml.documentStubs"));const total=sms.documents.length+stubs.length;const ids=new Set(sms.
documents.map(d=>d.id));let n=sms.documents.length;for(const requirement of stubs){const id=nextFreeId("DOC",()=>++n,total,ids);out.stub(1,0,`- id: ${id}`);out.
stub(1,1,`title: ${yamlString(requirement.title[options.lang])}`);out.stub(1,1,`satisfies: ${flowList([requirement.id])}`,requirement.clauses[0]);out.stub(1,1,"\
status: draft")}}function documentEntry(out,document,options,t){out.add(1,`- id: ${yamlString(document.id)}`);out.add(2,`title: ${yamlString(document.title)}`);
out.add(2,`satisfies: ${flowList(document.satisfies)}`,clausesOf(document.satisfies,options.catalog));if(document.processes!==void 0)out.add(2,`processes: ${flowList(
document.processes,true)}`,clauseTitles(document.processes,options));if(document.owner!==void 0)out.add(2,`owner: ${yamlString(document.owner)}`);if(document.version!==
void 0)out.add(2,`version: ${quoted(document.version)}`);if(document.status!==void 0)out.add(2,`status: ${document.status}`);if(document.approvalDate!==void 0)out.
add(2,`approvalDate: ${document.approvalDate}`);if(document.evidence!==void 0)out.add(2,`evidence: ${yamlString(document.evidence)}`);const lacking=[...missingControlFields(
document),...document.evidence===void 0?["evidence"]:[]];if(lacking.length>0)out.note(2,t("init.yaml.toDoFields",{fields:lacking.map(field=>`\`${field}\``).join(
t("list.separator"))}))}function records(out,sms,options,t){const audits=sms.records?.internalAudits??[];const reviews=sms.records?.managementReviews??[];const registers=sms.
records?.registers??[];const missingIds=new Set(options.missing.map(r=>r.id));const registerStubs=options.missing.filter(r=>r.kind==="record"&&!REQUIREMENTS_KEPT_IN_OWN_LISTS.
has(r.id));const real2=audits.length+reviews.length+registers.length>0;const depth=real2?1:0;const shift=real2?0:1;const line=(inner,text,comment)=>out.add(1+inner,
text,comment);const stub=(inner,text,comment)=>out.stub(depth,shift+inner,text,comment);const note=text=>real2?out.note(1,text):out.stub(0,shift,`# ${text}`);if(real2)
out.add(0,"records:",t("init.yaml.recordsHint"));else{out.note(0,t("init.yaml.recordsEmpty"));out.stub(0,0,"records:")}if(audits.length>0){line(0,"internalAudit\
s:",t("init.yaml.auditsHint"));for(const audit of audits){line(1,`- id: ${yamlString(audit.id)}`);line(2,`date: ${audit.date}`);line(2,`status: ${audit.status}`);
line(2,`clauses: ${flowList(audit.clauses,true)}`,t("init.yaml.auditClausesHint"));if(audit.evidence!==void 0)line(2,`evidence: ${yamlString(audit.evidence)}`);
out.note(3,t("init.yaml.toDoFields",{fields:audit.evidence===void 0?"auditor, evidence":"auditor"}))}}else if(missingIds.has("internal-audit-results")){note(t("\
init.yaml.auditStub"));stub(0,"internalAudits:");stub(1,`- id: IA-${options.today.slice(0,4)}-01`);stub(2,"date: YYYY-MM-DD");stub(2,"status: completed");stub(2,
`clauses: ${flowList(ALL_CLAUSES,true)}`)}if(reviews.length>0){line(0,"managementReviews:",t("init.yaml.reviewsHint"));for(const review of reviews){line(1,`- id\
: ${yamlString(review.id)}`);line(2,`date: ${review.date}`);line(2,`status: ${review.status}`);if(review.evidence!==void 0)line(2,`evidence: ${yamlString(review.
evidence)}`);else out.note(3,t("init.yaml.toDoFields",{fields:"evidence"}))}}else if(missingIds.has("management-review-results")){note(t("init.yaml.reviewStub"));
stub(0,"managementReviews:");stub(1,`- id: MR-${options.today.slice(0,4)}-01`);stub(2,"date: YYYY-MM-DD");stub(2,"status: completed")}if(registers.length>0){line(
0,"registers:",t("init.yaml.registersHint"));for(const register of registers)registerEntry(out,2,register,options,t);if(registerStubs.length>0)out.note(2,t("ini\
t.yaml.registerStubs"))}else if(registerStubs.length>0){note(t("init.yaml.registerStubs"));stub(0,"registers:",t("init.yaml.registersHint"))}if(registerStubs.length===
0)return;const total=registers.length+registerStubs.length;const ids=new Set(registers.map(r=>r.id));let n=registers.length;for(const requirement of registerStubs){
stub(1,`- id: ${nextFreeId("REG",()=>++n,total,ids)}`);stub(2,`title: ${yamlString(requirement.title[options.lang])}`);stub(2,`satisfies: ${flowList([requirement.
id])}`,requirement.clauses[0])}}function registerEntry(out,depth,register,options,t){out.add(depth,`- id: ${yamlString(register.id)}`);out.add(depth+1,`title: ${yamlString(
register.title)}`);out.add(depth+1,`satisfies: ${flowList(register.satisfies)}`,clausesOf(register.satisfies,options.catalog));if(register.owner!==void 0)out.add(
depth+1,`owner: ${yamlString(register.owner)}`);if(register.evidence!==void 0)out.add(depth+1,`evidence: ${yamlString(register.evidence)}`);const lacking=[register.
owner===void 0?"owner":"",register.evidence===void 0?"evidence":"","lastEntry"].filter(Boolean);out.note(depth+1,t("init.yaml.toDoFields",{fields:lacking.map(field=>`\
\`${field}\``).join(t("list.separator"))}))}function application(out,t){out.note(0,t("init.yaml.applicationHint"));out.stub(0,0,"application:");for(const key of[
"organizationProfile","organizationChart","businessProcesses","documentList","confidentialityStatement"])out.stub(0,1,`${key}: ${yamlString(t(`init.yaml.applica\
tionPath.${key}`))}`)}function unmatched(out,options,t){const files=options.unmatched??[];if(files.length===0)return;out.blank();out.note(0,t("init.yaml.unmatch\
ed",{count:files.length}));for(const file of files.slice(0,MAX_UNMATCHED_LISTED))out.note(0,`  ${file}`);if(files.length>MAX_UNMATCHED_LISTED)out.note(0,t("init\
.yaml.unmatchedMore",{count:files.length-MAX_UNMATCHED_LISTED}))}function clausesOf(requirementIds,catalog2){return requirementIds.map(id=>catalog2.requirement(
id)?.clauses[0]??"").filter(Boolean).join(", ")}function clauseTitles(clauseIds,options){return clauseIds.map(id=>options.catalog.clause(id)?.title[options.lang]??
id).join("; ")}function nextFreeId(prefix,next,total,used){let id;do id=numberedId(prefix,next(),total);while(used.has(id));used.add(id);return id}var import_yaml3,
INDENT,REQUIREMENTS_KEPT_IN_OWN_LISTS,MAX_UNMATCHED_LISTED,Lines,quoted,flowList;var init_write_yaml=__esm({"src/init/write-yaml.ts"(){"use strict";import_yaml3=
require("./vendor/yaml.cjs");init_translate();init_document_control_incomplete();init_build_sms();INDENT="  ";REQUIREMENTS_KEPT_IN_OWN_LISTS=new Set(["internal-\
audit-results","management-review-results"]);MAX_UNMATCHED_LISTED=200;Lines=class{lines=[];add(depth,text,comment){this.lines.push(INDENT.repeat(depth)+text+trailing(
comment))}stub(depth,inner,text,comment){this.lines.push(`${INDENT.repeat(depth)}# ${INDENT.repeat(inner)}${text}${trailing(comment)}`)}note(depth,text){for(const line of text.
split(/\r\n|\r|\n/))this.lines.push(`${INDENT.repeat(depth)}# ${line}`)}blank(){this.lines.push("")}};quoted=value=>JSON.stringify(value);flowList=(items,quote=false)=>`\
[${items.map(i=>quote?quoted(i):i).join(", ")}]`}});var TARGETS,REPORT_FORMATS;var init_targets=__esm({"src/report/render/targets.ts"(){"use strict";init_escape();TARGETS={html:{name:"html",extension:".html",prefix:""},
md:{name:"md",extension:".md",escape:escapeMarkdown,prefix:""},csv:{name:"csv",extension:".csv",escape:escapeCsv,prefix:"\uFEFF"}};REPORT_FORMATS=["html","md","\
csv"]}});function builtinTemplateDir(){let folder=(0,import_node_path17.dirname)((0,import_node_url2.fileURLToPath)(__importMetaUrl));while(!(0,import_node_fs17.existsSync)(
(0,import_node_path17.join)(folder,"package.json"))||!(0,import_node_fs17.existsSync)((0,import_node_path17.join)(folder,"templates"))){const parent=(0,import_node_path17.dirname)(
folder);if(parent===folder)throw new Error("templates/ not found beside package.json");folder=parent}return(0,import_node_path17.join)(folder,"templates")}function readTemplate(path2){
let opened2;try{opened2=openRegularFile(path2,{followLinks:true})}catch{throw new InputError("render.templateUnreadable",{template:path2})}if(opened2.kind==="no\
t-a-file")throw new InputError("render.templateNotAFile",{template:path2});try{const bytes=opened2.size>MAX_TEMPLATE_BYTES?void 0:readUpTo(opened2.fd,MAX_TEMPLATE_BYTES,
opened2.size);if(bytes===void 0)throw new InputError("render.templateTooLarge",{template:path2,limit:MAX_TEMPLATE_BYTES/1024/1024});return bytes.toString("utf8")}finally{
(0,import_node_fs17.closeSync)(opened2.fd)}}function listTemplates(folder){return(0,import_node_fs17.readdirSync)(folder,{recursive:true,encoding:"utf8"}).filter(
file=>file.endsWith(".hbs")).map(file=>(0,import_node_path17.join)(folder,file)).sort()}var import_node_fs17,import_node_path17,import_node_url2,MAX_TEMPLATE_BYTES;
var init_template_files=__esm({"src/report/render/template-files.ts"(){"use strict";import_node_fs17=require("node:fs");import_node_path17=require("node:path");
import_node_url2=require("node:url");init_errors();init_regular_file();MAX_TEMPLATE_BYTES=1024*1024}});function formatDate(day,lang){const parts=/^(\d{4})-(\d{2})-(\d{2})$/.exec(day);if(!parts)return day===""?"\u2014":day;const[year,month,date3]=[Number(parts[1]),
Number(parts[2]),Number(parts[3])];if(month<1||month>12||date3<1||date3>31)return day;return lang==="en"?`${date3} ${MONTHS_EN[month-1]} ${year}`:`${year}\u5E74${month}\
\u6708${date3}\u65E5`}function formatPercent(ratio2){return ratio2===null?"\u2014":`${Math.floor(ratio2*100+1e-9)}%`}function cssString(text){return`"${text.replace(
/[^A-Za-z0-9 ]/gu,char=>`\\${char.codePointAt(0).toString(16)} `)}"`}function cssCounters(text){return text.split(/(\{pages?\})/).filter(part=>part!=="").map(part=>part===
"{page}"?"counter(page)":part==="{pages}"?"counter(pages)":cssString(part)).join(" ")}function csvText(digits2){return`"=""${digits2}"""`}function registerHelpers(handlebars,lang,target){
const t=translator(lang);handlebars.registerHelper({t:(key,options)=>t(key,options.hash),date:day=>formatDate(day??"",lang),percent:ratio2=>formatPercent(ratio2),
grade:(severity2,category)=>{const kind=typeof category==="string"&&category!=="nonconformity"?category:void 0;const word=kind===void 0?t(`grade.${severity2}`):
t(`format.category.${kind}`);if(target.name!=="html")return word;const css=handlebars.escapeExpression(kind??severity2);return new handlebars.SafeString(`<span \
class="badge badge-${css}">${handlebars.escapeExpression(word)}</span>`)},bar:(ratio2,max)=>Math.round((ratio2??0)*max),css:text=>new handlebars.SafeString(cssString(
typeof text==="string"?text:"")),cssCounters:text=>new handlebars.SafeString(cssCounters(typeof text==="string"?text:"")),eq:(a,b)=>a===b,gt:(a,b)=>a>b,inc:n=>n+
1,text:value=>{const text=typeof value==="string"?value:"";return target.name==="csv"&&/^[0-9][0-9.]*$/.test(text)?new handlebars.SafeString(csvText(text)):text},
lines:list2=>Array.isArray(list2)?list2.map(String).join("\n"):"",join:(list2,separator)=>list2.map(String).join(typeof separator==="string"?separator:", ")})}var MONTHS_EN;
var init_helpers=__esm({"src/report/render/helpers.ts"(){"use strict";init_translate();MONTHS_EN=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sept","Oct","\
Nov","Dec"]}});function wordForPeople(finding,lang){const t=translator(lang);const params=printableParams(finding.params);const dated=params&&Object.fromEntries(Object.entries(
params).map(([key,value])=>[key,typeof value==="string"&&ISO_DAY.test(value)?formatDate(value,lang):value]));const{remedyKey}=textKeys()(finding);return{message:t(
finding.messageId,dated),remedy:remedyKey?t(remedyKey,dated):""}}var ISO_DAY;var init_words_for_people=__esm({"src/report/views/words-for-people.ts"(){"use stri\
ct";init_translate();init_printable();init_findings();init_helpers();ISO_DAY=/^\d{4}-\d{2}-\d{2}$/}});function actionPlanView(report,catalog2,lang,audience){const t=translator(lang);const steps=[...checklistSteps(report,catalog2,lang,audience),...findingSteps(report,
catalog2,lang,audience)];const plan=report.gapAssessment?.actions??[];const used=new Set;const rows=steps.map(step=>{const actions=plan.filter(action2=>covers(action2,
step,catalog2)).sort((a,b)=>compareText(a.due,b.due)||compareText(a.id,b.id));for(const action2 of actions)used.add(action2.id);const action=step.ruleId==="asse\
ssed-nonconformity"&&actions.length>0?actions.map(a=>a.action).join("\n"):step.action;return{...step,action,...planColumns(actions,t)}});for(const action of plan.
filter(a=>!used.has(a.id)))rows.push({severity:"observation",category:"nonconformity",clause:action.items[0]??"",clauseTitle:action.items[0]?catalog2.clause(action.
items[0])?.title[lang]??"":"",action:action.action,checklist:[],findings:[],locations:[],requirementIds:[],ruleId:"",...planColumns([action],t)});let number=0;return GROUPS.
map(kind=>{const inGroup=rows.filter(row=>kind==="prerequisite"?row.category==="prerequisite":row.category!=="prerequisite"&&row.severity===kind).sort((a,b)=>compareClauses(
a.clause||void 0,b.clause||void 0)||compareText(a.ruleId,b.ruleId)||compareText(a.action,b.action));return{kind,title:t(`view.plan.group.${kind}`),intro:t(`view\
.plan.intro.${kind}`),rows:inGroup.map(({requirementIds:_ids,ruleId:_rule,...row})=>({...row,number:++number,checklistLines:row.checklist.map(item=>item.detail?
`${item.title}${t("report.punct.colon")}${item.detail}`:item.title)}))}}).filter(group=>group.rows.length>0)}function checklistSteps(report,catalog2,lang,audience){
const t=translator(lang);const byClause=new Map;for(const finding of report.findings.filter(f=>CHECKLIST_RULES.has(f.ruleId))){const key=`${finding.ruleId} ${scoredClause(
finding.clause??"",report.scores)??finding.clause}`;byClause.set(key,[...byClause.get(key)??[],finding])}return[...byClause.values()].map(findings=>{const first=findings[0];
const clause=scoredClause(first.clause??"",report.scores)??first.clause??"";const mandatory=first.ruleId==="required-document-missing";const single=findings.length===
1;return{severity:first.severity,category:first.category,clause,clauseTitle:catalog2.clause(clause)?.title[lang]??"",action:single?words(first,lang).remedy:t(mandatory?
"view.plan.prepareMandatory":"view.plan.prepareRecommended"),checklist:single?[]:findings.map(f=>{const requirement=f.requirementId?catalog2.requirement(f.requirementId):
void 0;return{title:requirement?.title[lang]??"",detail:requirement?capitalised(requirement.evidence[lang],lang):""}}),findings:single?[words(first,lang).message]:
[t(mandatory?"view.plan.missingMandatory":"view.plan.missingRecommended",{count:findings.length})],locations:audience==="internal"?unique2(findings.map(location2)):
[],requirementIds:findings.flatMap(f=>f.requirementId?[f.requirementId]:[]),ruleId:first.ruleId}})}function findingSteps(report,catalog2,lang,audience){return report.
findings.filter(f=>!CHECKLIST_RULES.has(f.ruleId)&&f.category!=="invalid").map(f=>{const{message,remedy}=words(f,lang);return{severity:f.severity,category:f.category,
clause:f.category==="prerequisite"?"":f.clause??"",clauseTitle:f.category==="prerequisite"||!f.clause?"":catalog2.clause(f.clause)?.title[lang]??"",action:remedy,
checklist:[],findings:[message],locations:audience==="internal"?[location2(f)]:[],requirementIds:f.requirementId?[f.requirementId]:[],ruleId:f.ruleId}})}function covers(action,step,catalog2){
if(step.requirementIds.some(id=>action.requirements.includes(id)))return true;return step.clause!==""&&action.items.some(item=>catalog2.isWithin(step.clause,item)||
catalog2.isWithin(item,step.clause))}function planColumns(actions,t){if(actions.length===0)return{owner:"",due:"",status:"",overdue:false,reference:""};const pending=actions.
filter(a=>a.status==="open"||a.status==="in-progress");const status=[...actions].sort((a,b)=>STATUS_ORDER.indexOf(a.status)-STATUS_ORDER.indexOf(b.status))[0].status;
return{owner:unique2(actions.flatMap(a=>a.owner?[a.owner]:[])).join(t("list.separator")),due:(pending[0]??actions[0]).due,status:t(`view.action.${status}`),overdue:actions.
some(a=>a.overdue),reference:actions.map(a=>a.id).join(t("list.separator"))}}function words(finding,lang){return wordForPeople(finding,lang)}function location2(finding){
return`${(0,import_node_path19.basename)(finding.file??"")}:${finding.line}:${finding.column}`}function capitalised(text,lang){return lang==="en"?text.charAt(0).
toUpperCase()+text.slice(1):text}function unique2(list2){return[...new Set(list2)]}var import_node_path19,CHECKLIST_RULES,GROUPS,STATUS_ORDER;var init_action_plan_view=__esm(
{"src/report/views/action-plan-view.ts"(){"use strict";import_node_path19=require("node:path");init_translate();init_clause_order();init_findings();init_words_for_people();
init_scored_clause();CHECKLIST_RULES=new Set(["required-document-missing","recommended-document-missing"]);GROUPS=["prerequisite","major","minor","observation"];
STATUS_ORDER=["open","in-progress","done","cancelled"]}});function assessmentView(gap,t){if(!gap)return{present:false,assessor:"",date:"",items:[]};return{present:true,assessor:gap.assessor,date:gap.date,items:gap.items.
map(item=>({clause:item.clause,title:item.title,depth:item.clause.split(".").length-1,rating:t(`conformity.${item.status}`),ratingClass:`rating-${item.status}`,
evidence:item.evidence.map(evidence=>evidenceText(evidence,t)),note:item.note??""}))}}function evidenceText(evidence,t){if("document"in evidence)return t("view.\
evidence.document",{id:evidence.document});if("record"in evidence)return t("view.evidence.record",{id:evidence.record});if("file"in evidence)return t("view.evid\
ence.file",{file:evidence.file});if("interview"in evidence)return t("view.evidence.interview",{role:evidence.interview.role,date:evidence.interview.date});return t(
"view.evidence.observation",{text:evidence.observation})}var init_assessment_view=__esm({"src/report/views/assessment-view.ts"(){"use strict"}});function evidenceLabel(path2,evidence,t){if(path2===void 0)return{label:"",ok:false};const state=evidence.get(path2)?.state??"missing";return{label:t(`view.evid\
ence.${state}`),ok:state==="ok"}}function requirementTitles(ids,catalog2,lang){return ids.map(id=>catalog2.requirement(id)?.title[lang]??id)}function documentView(document,evidence,t,catalog2,lang){
const{label:label2,ok}=evidenceLabel(document.evidence,evidence,t);return{id:document.id,title:document.title,satisfies:requirementTitles(document.satisfies,catalog2,
lang),owner:document.owner??"",version:document.version??"",status:document.status?t(`view.status.${document.status}`):"",statusCode:document.status??"",approvalDate:document.
approvalDate??"",nextReviewDate:document.nextReviewDate??"",evidence:document.evidence??"",evidenceState:label2,evidenceOk:ok}}function recordsView(sms,asOf,t,catalog2,lang){
const records2=sms.records??{};return{internalAudits:(records2.internalAudits??[]).map(a=>({id:a.id,date:a.date,status:t(`view.held.${a.status}`),clauses:a.clauses.
join(t("list.separator")),auditor:a.auditor??"",evidence:a.evidence??""})),managementReviews:(records2.managementReviews??[]).map(r=>({id:r.id,date:r.date,status:t(
`view.held.${r.status}`),evidence:r.evidence??""})),nonconformities:(records2.nonconformities??[]).map(n=>({id:n.id,description:n.description,grade:t(`grade.${n.
grade}`),clause:n.clause??"",raised:n.raised,due:n.due??"",closed:n.closed??"",open:n.closed===void 0||n.closed>asOf})),registers:(records2.registers??[]).map(r=>({
id:r.id,title:r.title,satisfies:requirementTitles(r.satisfies,catalog2,lang),owner:r.owner??"",evidence:r.evidence??"",lastEntry:r.lastEntry??""}))}}var init_document_view=__esm(
{"src/report/views/document-view.ts"(){"use strict"}});function organizationView(sms,catalog2,lang){return{name:sms.organization.name,legalEntityName:sms.organization.legalEntity?.name??sms.organization.name,registrationId:sms.
organization.legalEntity?.registrationId??"",scopeStatement:sms.scope.statement??"",startDate:sms.sms.startDate,managementRepresentative:sms.sms.managementRepresentative??
"",services:(sms.scope.services??[]).map(s=>({id:s.id,name:s.name,description:s.description??""})),categories:(sms.scope.businessCategories??[]).map(key=>{const category=catalog2.
businessCategory(key);return{code:category?.code??key,number:category?.number??key,name:category?.name[lang]??key}}),sites:(sms.organization.sites??[]).map(s=>({
name:s.name,address:s.address??"",headcount:s.headcount===void 0?"":String(s.headcount)}))}}function reportMeta(type,report,presentation){const t=translator(report.
lang);return{type,lang:report.lang,title:t(`view.title.${type}`),standard:report.standard,asOf:report.asOf,tool:{name:report.tool.name,version:report.tool.version},
file:(0,import_node_path20.basename)(report.file),audience:presentation.audience,internal:presentation.audience==="internal",branding:presentation.branding}}var import_node_path20;
var init_organization_view=__esm({"src/report/views/organization-view.ts"(){"use strict";import_node_path20=require("node:path");init_translate()}});function verdictView(report,catalog2,lang){const t=translator(lang);const{verdict}=report;const words2=f=>wordForPeople(f,lang).message;const prerequisites=report.
findings.filter(f=>f.category==="prerequisite");const majors=report.findings.filter(f=>f.category==="nonconformity"&&f.severity==="major").sort((a,b)=>compareClauses(
a.clause,b.clause));const count=verdict.counts.majors;const others=[...verdict.counts.uncovered>0&&count===0?[t("verdict.uncovered",{count:verdict.counts.uncovered})]:
[],...verdict.counts.invalid>0?[t("verdict.invalidInputs",{count:verdict.counts.invalid})]:[]];return{ready:verdict.status==="ready",label:t(`view.verdict.${verdict.
status}`),prerequisites:prerequisites.map(words2),majors:{count,named:majors.length<=NAMED_MAJORS?majors.map(f=>({clause:f.clause??"",clauseTitle:f.clause?catalog2.
clause(f.clause)?.title[lang]??"":"",message:words2(f)})):[]},others,earliest:earliestApplication(report,prerequisites,lang)}}function earliestApplication(report,prerequisites,lang){
const t=translator(lang);if(report.verdict.status==="ready")return{date:report.asOf,condition:t("view.earliest.readyNow")};const dated=prerequisites.filter(f=>f.
blockingUntil!==void 0);const date3=dated.map(f=>f.blockingUntil).sort().at(-1)??"";const undated=prerequisites.length-dated.length;const conditions=[...undated>
0?[t(dated.length>0?"view.earliest.otherPrerequisites":"view.earliest.prerequisites",{count:undated})]:[],...report.verdict.counts.majors>0?[t("view.earliest.ma\
jorsClosed",{count:report.verdict.counts.majors})]:[],...report.verdict.counts.invalid>0?[t("view.earliest.inputsValid")]:[]];const joined=conditions.join(t("vi\
ew.earliest.and"));if(date3==="")return{date:"",condition:t("view.earliest.noDate",{conditions:joined})};return{date:date3,condition:conditions.length>0?t("view\
.earliest.provided",{conditions:joined}):""}}var NAMED_MAJORS;var init_verdict_view=__esm({"src/report/views/verdict-view.ts"(){"use strict";init_translate();init_clause_order();
init_words_for_people();NAMED_MAJORS=5}});var gap_view_exports={};__export(gap_view_exports,{gapView:()=>gapView});function gapView(report,sms,catalog2,evidence,presentation){const t=translator(report.lang);
const all=report.findings.filter(f=>f.category==="nonconformity");const majors=new Set(distinctMajors(all.filter(f=>f.severity==="major")));const nonconformities=all.
filter(f=>f.severity!=="major"||majors.has(f));const count=(findings,severity2)=>findings.filter(f=>f.severity===severity2).length;const within=clause=>nonconformities.
filter(f=>f.clause!==void 0&&catalog2.isWithin(f.clause,clause));return{meta:reportMeta("gap",report,presentation),organization:organizationView(sms,catalog2,report.
lang),verdict:verdictView(report,catalog2,report.lang),overall:{...report.overall,claimedRatio:claimed(report.overall)},scores:report.scores.map(({clause,title,
depth,applicable,satisfied,weak,ratio:ratio2})=>({clause,title,depth,applicable,satisfied,weak,ratio:ratio2,claimedRatio:claimed({applicable,satisfied,weak}),majors:count(
within(clause),"major"),minors:count(within(clause),"minor"),observations:count(within(clause),"observation")})),counts:{major:count(nonconformities,"major"),minor:count(
nonconformities,"minor"),observation:count(nonconformities,"observation"),prerequisites:report.verdict.counts.prerequisites,total:report.findings.length},actionPlan:actionPlanView(
report,catalog2,report.lang,presentation.audience),documents:sms.documents.map(d=>documentView(d,evidence,t,catalog2,report.lang)),records:recordsView(sms,report.
asOf,t,catalog2,report.lang),waivers:report.waivers.map(w=>({id:w.id,target:[w.rule?hasMessage(`rule.${w.rule}.title`)?t(`rule.${w.rule}.title`):w.rule:"",w.requirement?
catalog2.requirement(w.requirement)?.title[report.lang]??w.requirement:""].filter(Boolean).join(" / "),justification:w.justification,approver:w.approver,expires:w.
expires,state:t(`view.waiver.${w.state}`),active:w.state==="active",suppressed:w.suppressed})),assessment:assessmentView(report.gapAssessment,t)}}function claimed({
applicable,satisfied,weak}){return applicable===0?null:(satisfied+weak)/applicable}var init_gap_view=__esm({"src/report/views/gap-view.ts"(){"use strict";init_translate();
init_verdict();init_action_plan_view();init_assessment_view();init_document_view();init_organization_view();init_verdict_view()}});var mapping_view_exports={};__export(mapping_view_exports,{mappingView:()=>mappingView});function satisfiersById(sms,t){const byId=new Map;const add=view=>byId.
set(view.id,view);for(const d of sms.documents)add({id:d.id,title:d.title,kind:"document",version:d.version??"",status:d.status?t(`view.status.${d.status}`):"",
approvalDate:d.approvalDate??"",evidence:d.evidence??""});const records2=sms.records??{};for(const r of records2.registers??[])add({id:r.id,title:r.title,kind:"\
register",version:"",status:"",approvalDate:r.lastEntry??"",evidence:r.evidence??""});for(const a of records2.internalAudits??[])add({id:a.id,title:t("view.kind\
.audit"),kind:"audit",version:"",status:t(`view.held.${a.status}`),approvalDate:a.date,evidence:a.evidence??""});for(const r of records2.managementReviews??[])add(
{id:r.id,title:t("view.kind.review"),kind:"review",version:"",status:t(`view.held.${r.status}`),approvalDate:r.date,evidence:r.evidence??""});for(const n of records2.
nonconformities??[])add({id:n.id,title:n.description,kind:"nonconformity",version:"",status:"",approvalDate:n.raised,evidence:n.evidence??""});return byId}function mappingView(report,sms,catalog2,_evidence,presentation){
const t=translator(report.lang);const satisfiers=satisfiersById(sms,t);const states=new Map(report.requirements.map(r=>[r.id,r]));const entries2=[...sms.documents.
map(d=>({...d,kind:"document"})),...(sms.records?.registers??[]).map(r=>({...r,kind:"register",version:"",status:void 0}))];const clausesOf2=ids=>[...new Set(ids.
flatMap(id=>catalog2.requirement(id)?.clauses??[]))].sort((a,b)=>compareClauses(a,b));return{meta:reportMeta("mapping",report,presentation),organization:organizationView(
sms,catalog2,report.lang),clauses:catalog2.clauses().map(clause=>({id:clause.id,title:clause.title[report.lang],depth:clause.id.split(".").length-1,processOnly:clause.
processOnly===true,requirements:catalog2.requirementsOfClause(clause.id).map(requirement=>{const status=states.get(requirement.id);const state=status?.state??"m\
issing";return{id:requirement.id,title:requirement.title[report.lang],kind:t(`catalog.kind.${requirement.kind}`),mandatory:requirement.mandatory,state,mark:t(state===
"missing"&&!requirement.mandatory?"view.mark.notInPlace":`view.mark.${state}`),markClass:MARK_CLASS[state==="missing"&&!requirement.mandatory?"optional":state],
satisfiers:(status?.satisfiedBy??[]).map(id=>satisfiers.get(id)).filter(s=>s!==void 0)}})})),reverse:entries2.filter(e=>e.satisfies.length>0).map(e=>({id:e.id,title:e.
title,kind:e.kind,version:e.version??"",status:e.status?t(`view.status.${e.status}`):"",requirements:e.satisfies.map(id=>catalog2.requirement(id)?.title[report.
lang]??id),clauses:clausesOf2(e.satisfies)})),unmapped:entries2.filter(e=>e.satisfies.length===0).map(e=>({id:e.id,title:e.title,kind:e.kind})),counts:{satisfied:report.
requirements.filter(r=>r.state==="satisfied").length,weak:report.requirements.filter(r=>r.state==="weak").length,missing:report.requirements.filter(r=>r.state===
"missing").length,notApplicable:report.requirements.filter(r=>r.state==="not-applicable").length}}}var MARK_CLASS;var init_mapping_view=__esm({"src/report/views\
/mapping-view.ts"(){"use strict";init_translate();init_clause_order();init_organization_view();MARK_CLASS={satisfied:"mark-ok",weak:"mark-partial",missing:"mark\
-bad",optional:"mark-na","not-applicable":"mark-na"}}});var dossier_view_exports={};__export(dossier_view_exports,{dossierView:()=>dossierView});function dossierView(report,sms,catalog2,_evidence,presentation){const t=translator(
report.lang);const items=report.dossier.map(item=>({number:item.number,id:item.id,title:item.title,description:catalog2.dossier().find(d=>d.id===item.id)?.description[report.
lang]??"",state:item.state,label:t(`view.dossier.${item.state}`),evidence:item.evidence,missing:item.missing}));const prerequisites=PREREQUISITES.map(({id,rules})=>{
const unmet=report.findings.filter(f=>rules.includes(f.ruleId));return{id,title:t(`view.prerequisite.${id}`),met:unmet.length===0,label:t(unmet.length===0?"view\
.met":"view.notMet"),detail:unmet.map(f=>wordForPeople(f,report.lang).message).join(t("list.semicolon"))}});return{meta:reportMeta("dossier",report,presentation),
organization:organizationView(sms,catalog2,report.lang),items,prerequisites,verdict:verdictView(report,catalog2,report.lang)}}var PREREQUISITES;var init_dossier_view=__esm(
{"src/report/views/dossier-view.ts"(){"use strict";init_translate();init_words_for_people();init_organization_view();init_verdict_view();PREREQUISITES=[{id:"leg\
al-entity",rules:["legal-entity-evidence-missing"]},{id:"three-months",rules:["sms-operation-too-short"]},{id:"internal-audit",rules:["internal-audit-missing"]},
{id:"management-review",rules:["management-review-missing"]},{id:"no-penalty",rules:["administrative-penalty-recent"]},{id:"dossier",rules:["application-dossier\
-incomplete"]}]}});function builtinTemplates(main){const require2=(0,import_node_module3.createRequire)(__importMetaUrl);const needs=require2("./templates/index.cjs");const files=new Set(
main===void 0?Object.values(needs).flat():needs[main]??[]);return[...files].map(file=>({name:(0,import_node_path21.basename)(file),path:`templates/${file}`,partial:file.
startsWith("partials/"),ours:true,spec:require2(`./templates/${file}.cjs`)}))}var import_node_module3,import_node_path21,PRECOMPILED;var init_precompiled_templates=__esm(
{"src/report/render/precompiled-templates.ts"(){import_node_module3=require("node:module");import_node_path21=require("node:path");PRECOMPILED=true}});function loadTemplates(main,overrides){const templates=new Map(builtinTemplates(overrides===void 0?main:void 0).map(template=>[template.name,template]));if(overrides!==
void 0){if(!(0,import_node_fs20.existsSync)(overrides)||!(0,import_node_fs20.statSync)(overrides).isDirectory())throw new InputError("render.badTemplateDir",{dir:overrides});
for(const path2 of listTemplates(overrides)){const known=templates.get((0,import_node_path22.basename)(path2));if(known)templates.set(known.name,{name:known.name,
path:path2,partial:known.partial,ours:false,source:readTemplate(path2)})}}return templates}var import_node_fs20,import_node_path22;var init_templates=__esm({"sr\
c/report/render/templates.ts"(){"use strict";import_node_fs20=require("node:fs");import_node_path22=require("node:path");init_errors();init_precompiled_templates();
init_template_files()}});var MAX_OUTPUT_CHARS,MAX_PARTIAL_DEPTH,MAX_PARTIAL_CALLS,RenderLimitError,RenderBudget;var init_render_budget=__esm({"src/report/render/render-budget.ts"(){"use\
 strict";MAX_OUTPUT_CHARS=50*1024*1024;MAX_PARTIAL_DEPTH=32;MAX_PARTIAL_CALLS=2e6;RenderLimitError=class extends Error{constructor(messageId,params){super(messageId);
this.messageId=messageId;this.params=params}messageId;params};RenderBudget=class{chars=0;partialDepth=0;partialCalls=0;charged=[];item(render){return this.charge(
render)}partial(render){if(++this.partialCalls>MAX_PARTIAL_CALLS)throw new RenderLimitError("render.tooManyPartials",{limit:MAX_PARTIAL_CALLS});if(this.partialDepth>=
MAX_PARTIAL_DEPTH)throw new RenderLimitError("render.partialsTooDeep",{limit:MAX_PARTIAL_DEPTH});this.partialDepth++;try{return this.charge(render)}finally{this.
partialDepth--}}charge(render){this.charged.push(0);let output;let inner;try{output=render()}finally{inner=this.charged.pop()??0}const length=typeof output==="s\
tring"?output.length:0;this.chars+=Math.max(0,length-inner);if(this.charged.length>0)this.charged[this.charged.length-1]+=length;if(this.chars>MAX_OUTPUT_CHARS)
throw new RenderLimitError("render.outputTooLarge",{limit:MAX_OUTPUT_CHARS/1024/1024});return output}}}});var render_exports={};__export(render_exports,{MAX_LOOP_ITEMS:()=>MAX_LOOP_ITEMS,REPORT_FORMATS:()=>REPORT_FORMATS,loadRenderer:()=>loadRenderer});async function loadRenderer(templateDir){
const compiling=templateDir!==void 0||!PRECOMPILED;const handlebars=compiling?(await Promise.resolve().then(()=>__toESM(require("./vendor/handlebars.cjs"),1))).
default:(await Promise.resolve().then(()=>__toESM(require("./vendor/handlebars+runtime.cjs"),1))).default;handlebars.logger.log=()=>void 0;return{render:(type,format,view,lang)=>renderWith(
handlebars,loadTemplates(`${type}.${format}.hbs`,templateDir),type,format,view,lang)}}function renderWith(module2,templates,type,format,view,lang){const target=TARGETS[format];
const main=templates.get(`${type}.${format}.hbs`);if(!main)throw new InputError("render.noTemplate",{template:`${type}.${format}.hbs`});const handlebars=module2.
create();registerHelpers(handlebars,lang,target);const budget=new RenderBudget;boundLoops(handlebars,budget);boundPartials(handlebars,budget);return withEscaping(
module2,target,()=>{const make=template=>instantiate(module2,handlebars,template);for(const template of templates.values())if(template.partial)handlebars.registerPartial(
template.name.replace(/\.hbs$/,""),make(template));return target.prefix+make(main)(view)})}function instantiate(module2,handlebars,template){return reportingErrors(
template,template.spec?handlebars.template(template.spec):compile(module2,handlebars,template))}function boundLoops(handlebars,budget){const each=handlebars.helpers.
each;let left=MAX_LOOP_ITEMS;handlebars.registerHelper("each",function(context,options){left-=Array.isArray(context)?context.length:context&&typeof context==="o\
bject"?Object.keys(context).length:0;if(left<0)throw new RenderLimitError("render.tooManyLoopItems",{limit:MAX_LOOP_ITEMS});const body=options.fn;return each.call(
this,context,{...options,fn:(item,itemOptions)=>budget.item(()=>body(item,itemOptions))})})}function boundPartials(handlebars,budget){const instance=handlebars;
const invokePartial=instance.VM.invokePartial;instance.VM={...instance.VM,invokePartial(partial,context,options){return budget.partial(()=>invokePartial.call(this,
partial,context,options))}}}function withEscaping(handlebars,target,render){const original=handlebars.Utils.escapeExpression;const escape=target.escape??(text=>original(
printable(text,"layout")));handlebars.Utils.escapeExpression=value=>{if(value instanceof handlebars.SafeString)return value.toHTML();if(value===null||value===void 0)
return"";return typeof value==="number"||typeof value==="boolean"?String(value):escape(String(value))};try{return render()}finally{handlebars.Utils.escapeExpression=
original}}function forbiddenPath(module2,ast){let found;const visitor=new module2.Visitor;visitor.PathExpression=path2=>{const name=path2.parts.find(part=>FORBIDDEN_NAMES.
has(part))??(FORBIDDEN_NAMES.has(path2.original)?path2.original:void 0);if(name!==void 0&&!found)found={name,line:path2.loc.start.line}};visitor.StringLiteral=literal=>{
if(FORBIDDEN_NAMES.has(literal.value)&&!found)found={name:literal.value,line:literal.loc.start.line}};visitor.accept(ast);return found}function compile(module2,handlebars,template){
let ast;try{ast=handlebars.parseWithoutProcessing(template.source)}catch(error){throw templateError(template,error)}const forbidden=forbiddenPath(module2,ast);if(forbidden)
throw new InputError("render.forbiddenName",{template:template.path,line:forbidden.line,name:forbidden.name});return handlebars.compile(ast,{strict:true})}function reportingErrors(template,compiled2){
return(context,runtimeOptions)=>{try{return compiled2(context,runtimeOptions)}catch(error){if(error instanceof InputError)throw error;if(error instanceof RenderLimitError&&
template.ours)throw new InputError("render.reportTooLarge",{});if(error instanceof RenderLimitError)throw new InputError(error.messageId,{template:template.path,
...error.params});throw templateError(template,error)}}}function templateError(template,error){const message=error instanceof Error?error.message:String(error);
const position=/line (\d+)/i.exec(message)??/ - (\d+):\d+$/.exec(message);const detail=message.split("\n")[0].replace(/ - \d+:\d+$/,"");return new InputError("r\
ender.templateError",{template:template.path,line:position?position[1]:"?",detail})}var MAX_LOOP_ITEMS,FORBIDDEN_NAMES;var init_render=__esm({"src/report/render\
/render.ts"(){"use strict";init_errors();init_printable();init_helpers();init_targets();init_targets();init_precompiled_templates();init_templates();init_render_budget();
MAX_LOOP_ITEMS=2e6;FORBIDDEN_NAMES=new Set(["constructor","__proto__","prototype","hasOwnProperty","isPrototypeOf","propertyIsEnumerable","toString","toLocaleSt\
ring","valueOf","__defineGetter__","__defineSetter__","__lookupGetter__","__lookupSetter__","helperMissing","blockHelperMissing"])}});var run_exports={};__export(run_exports,{EXIT_CANNOT_RUN:()=>EXIT_CANNOT_RUN,EXIT_FINDINGS:()=>EXIT_FINDINGS,EXIT_OK:()=>EXIT_OK,nodeIO:()=>nodeIO,run:()=>run});
module.exports=__toCommonJS(run_exports);var import_index=__toESM(require_commander(),1);var{program,createCommand,createArgument,createOption,CommanderError,InvalidArgumentError,InvalidOptionArgumentError,
Command,Argument,Option,Help}=import_index.default;init_errors();init_printable();init_translate();init_catalog2();function viewCatalog(catalog2,lang,clause){const inScope=id=>clause===void 0||catalog2.isWithin(id,clause);const groups=new Map(catalog2.legacyGroups().map(g=>[
g.id,g.title[lang]]));return{standard:catalog2.standard,amendments:catalog2.amendments().map(a=>({id:a.id,title:a.title[lang],clauses:a.clauses})),clauses:catalog2.
clauses().filter(c=>inScope(c.id)).map(c=>({id:c.id,title:c.title[lang],parent:c.parent,processOnly:c.processOnly===true})),requirements:catalog2.requirements().
filter(r=>r.clauses.some(inScope)).map(r=>({id:r.id,clauses:r.clauses,kind:r.kind,mandatory:r.mandatory,title:r.title[lang],summary:r.summary[lang],evidence:r.evidence[lang]})),
assessmentItems:catalog2.assessmentItems().filter(item=>inScope(item.clause)).map(item=>({clause:item.clause,question:item.question[lang],lookFor:item.lookFor[lang],
requirements:item.requirements})),dossier:catalog2.dossier().map(d=>({id:d.id,number:d.number,title:d.title[lang],description:d.description[lang]})),businessCategories:catalog2.
businessCategories().map(c=>({code:c.code,number:c.number,name:c.name[lang],description:c.description[lang]})),legacyProcesses:catalog2.legacyProcesses().map(p=>({
id:p.id,group:p.group,groupTitle:groups.get(p.group)??p.group,title:p.title[lang],clauses:p.clauses}))}}init_translate();var ANSI_BACKGROUND_OFFSET=10;var wrapAnsi16=(offset=0)=>code2=>`\x1B[${code2+offset}m`;var wrapAnsi256=(offset=0)=>code2=>`\x1B[${38+offset};5;${code2}m`;var wrapAnsi16m=(offset=0)=>(red,green,blue)=>`\
\x1B[${38+offset};2;${red};${green};${blue}m`;var styles={modifier:{reset:[0,0],bold:[1,22],dim:[2,22],italic:[3,23],underline:[4,24],overline:[53,55],inverse:[
7,27],hidden:[8,28],strikethrough:[9,29]},color:{black:[30,39],red:[31,39],green:[32,39],yellow:[33,39],blue:[34,39],magenta:[35,39],cyan:[36,39],white:[37,39],
blackBright:[90,39],gray:[90,39],grey:[90,39],redBright:[91,39],greenBright:[92,39],yellowBright:[93,39],blueBright:[94,39],magentaBright:[95,39],cyanBright:[96,
39],whiteBright:[97,39]},bgColor:{bgBlack:[40,49],bgRed:[41,49],bgGreen:[42,49],bgYellow:[43,49],bgBlue:[44,49],bgMagenta:[45,49],bgCyan:[46,49],bgWhite:[47,49],
bgBlackBright:[100,49],bgGray:[100,49],bgGrey:[100,49],bgRedBright:[101,49],bgGreenBright:[102,49],bgYellowBright:[103,49],bgBlueBright:[104,49],bgMagentaBright:[
105,49],bgCyanBright:[106,49],bgWhiteBright:[107,49]}};var modifierNames=Object.keys(styles.modifier);var foregroundColorNames=Object.keys(styles.color);var backgroundColorNames=Object.
keys(styles.bgColor);var colorNames=[...foregroundColorNames,...backgroundColorNames];function assembleStyles(){const codes=new Map;for(const[groupName,group]of Object.
entries(styles)){for(const[styleName,style]of Object.entries(group)){styles[styleName]={open:`\x1B[${style[0]}m`,close:`\x1B[${style[1]}m`};group[styleName]=styles[styleName];
codes.set(style[0],style[1])}Object.defineProperty(styles,groupName,{value:group,enumerable:false})}Object.defineProperty(styles,"codes",{value:codes,enumerable:false});
styles.color.close="\x1B[39m";styles.bgColor.close="\x1B[49m";styles.color.ansi=wrapAnsi16();styles.color.ansi256=wrapAnsi256();styles.color.ansi16m=wrapAnsi16m();
styles.bgColor.ansi=wrapAnsi16(ANSI_BACKGROUND_OFFSET);styles.bgColor.ansi256=wrapAnsi256(ANSI_BACKGROUND_OFFSET);styles.bgColor.ansi16m=wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
Object.defineProperties(styles,{rgbToAnsi256:{value(red,green,blue){if(red===green&&green===blue){if(red<8){return 16}if(red>248){return 231}return Math.round((red-
8)/247*24)+232}return 16+36*Math.round(red/255*5)+6*Math.round(green/255*5)+Math.round(blue/255*5)},enumerable:false},hexToRgb:{value(hex){const matches2=/[a-f\d]{6}|[a-f\d]{3}/i.
exec(hex.toString(16));if(!matches2){return[0,0,0]}let[colorString]=matches2;if(colorString.length===3){colorString=[...colorString].map(character=>character+character).
join("")}const integer=Number.parseInt(colorString,16);return[integer>>16&255,integer>>8&255,integer&255]},enumerable:false},hexToAnsi256:{value:hex=>styles.rgbToAnsi256(
...styles.hexToRgb(hex)),enumerable:false},ansi256ToAnsi:{value(code2){if(code2<8){return 30+code2}if(code2<16){return 90+(code2-8)}let red;let green;let blue;if(code2>=
232){red=((code2-232)*10+8)/255;green=red;blue=red}else{code2-=16;const remainder=code2%36;red=Math.floor(code2/36)/5;green=Math.floor(remainder/6)/5;blue=remainder%
6/5}const value=Math.max(red,green,blue)*2;if(value===0){return 30}let result=30+(Math.round(blue)<<2|Math.round(green)<<1|Math.round(red));if(value===2){result+=
60}return result},enumerable:false},rgbToAnsi:{value:(red,green,blue)=>styles.ansi256ToAnsi(styles.rgbToAnsi256(red,green,blue)),enumerable:false},hexToAnsi:{value:hex=>styles.
ansi256ToAnsi(styles.hexToAnsi256(hex)),enumerable:false}});return styles}var ansiStyles=assembleStyles();var ansi_styles_default=ansiStyles;var level=(()=>{if(!("navigator"in globalThis)){return 0}if(globalThis.navigator.userAgentData){const brand=navigator.userAgentData.brands.find(({brand:brand2})=>brand2===
"Chromium");if(brand&&brand.version>93){return 3}}if(/\b(Chrome|Chromium)\//.test(globalThis.navigator.userAgent)){return 1}return 0})();var colorSupport=level!==
0&&{level,hasBasic:true,has256:level>=2,has16m:level>=3};var supportsColor={stdout:colorSupport,stderr:colorSupport};var browser_default=supportsColor;function stringReplaceAll(string2,substring,replacer){let index=string2.indexOf(substring);if(index===-1){return string2}const substringLength=substring.length;
let endIndex=0;let returnValue="";do{returnValue+=string2.slice(endIndex,index)+substring+replacer;endIndex=index+substringLength;index=string2.indexOf(substring,
endIndex)}while(index!==-1);returnValue+=string2.slice(endIndex);return returnValue}function stringEncaseCRLFWithFirstIndex(string2,prefix,postfix,index){let endIndex=0;
let returnValue="";do{const gotCR=string2[index-1]==="\r";returnValue+=string2.slice(endIndex,gotCR?index-1:index)+prefix+(gotCR?"\r\n":"\n")+postfix;endIndex=index+
1;index=string2.indexOf("\n",endIndex)}while(index!==-1);returnValue+=string2.slice(endIndex);return returnValue}var{stdout:stdoutColor,stderr:stderrColor}=browser_default;var GENERATOR=Symbol("GENERATOR");var STYLER=Symbol("STYLER");var IS_EMPTY=Symbol("IS_EMPTY");var levelMapping=[
"ansi","ansi","ansi256","ansi16m"];var styles2=Object.create(null);var applyOptions=(object2,options={})=>{if(options.level&&!(Number.isInteger(options.level)&&
options.level>=0&&options.level<=3)){throw new Error("The `level` option should be an integer from 0 to 3")}const colorLevel=stdoutColor?stdoutColor.level:0;object2.
level=options.level===void 0?colorLevel:options.level};var Chalk=class{constructor(options){return chalkFactory(options)}};var chalkFactory=options=>{const chalk2=(...strings)=>strings.
join(" ");applyOptions(chalk2,options);Object.setPrototypeOf(chalk2,createChalk.prototype);return chalk2};function createChalk(options){return chalkFactory(options)}
Object.setPrototypeOf(createChalk.prototype,Function.prototype);for(const[styleName,style]of Object.entries(ansi_styles_default)){styles2[styleName]={get(){const builder2=createBuilder(
this,createStyler(style.open,style.close,this[STYLER]),this[IS_EMPTY]);Object.defineProperty(this,styleName,{value:builder2});return builder2}}}styles2.visible=
{get(){const builder2=createBuilder(this,this[STYLER],true);Object.defineProperty(this,"visible",{value:builder2});return builder2}};var getModelAnsi=(model,level2,type,...arguments_)=>{
if(model==="rgb"){if(level2==="ansi16m"){return ansi_styles_default[type].ansi16m(...arguments_)}if(level2==="ansi256"){return ansi_styles_default[type].ansi256(
ansi_styles_default.rgbToAnsi256(...arguments_))}return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_))}if(model==="hex"){return getModelAnsi(
"rgb",level2,type,...ansi_styles_default.hexToRgb(...arguments_))}return ansi_styles_default[type][model](...arguments_)};var usedModels=["rgb","hex","ansi256"];
for(const model of usedModels){styles2[model]={get(){const{level:level2}=this;return function(...arguments_){const styler=createStyler(getModelAnsi(model,levelMapping[level2],
"color",...arguments_),ansi_styles_default.color.close,this[STYLER]);return createBuilder(this,styler,this[IS_EMPTY])}}};const bgModel="bg"+model[0].toUpperCase()+
model.slice(1);styles2[bgModel]={get(){const{level:level2}=this;return function(...arguments_){const styler=createStyler(getModelAnsi(model,levelMapping[level2],
"bgColor",...arguments_),ansi_styles_default.bgColor.close,this[STYLER]);return createBuilder(this,styler,this[IS_EMPTY])}}}}var proto=Object.defineProperties(()=>{},
{...styles2,level:{enumerable:true,get(){return this[GENERATOR].level},set(level2){this[GENERATOR].level=level2}}});var createStyler=(open,close,parent)=>{let openAll;
let closeAll;if(parent===void 0){openAll=open;closeAll=close}else{openAll=parent.openAll+open;closeAll=close+parent.closeAll}return{open,close,openAll,closeAll,
parent}};var createBuilder=(self,_styler,_isEmpty)=>{const builder2=(...arguments_)=>applyStyle(builder2,arguments_.length===1?""+arguments_[0]:arguments_.join(
" "));Object.setPrototypeOf(builder2,proto);builder2[GENERATOR]=self;builder2[STYLER]=_styler;builder2[IS_EMPTY]=_isEmpty;return builder2};var applyStyle=(self,string2)=>{
if(self.level<=0||!string2){return self[IS_EMPTY]?"":string2}let styler=self[STYLER];if(styler===void 0){return string2}const{openAll,closeAll}=styler;if(string2.
includes("\x1B")){while(styler!==void 0){string2=stringReplaceAll(string2,styler.close,styler.open);styler=styler.parent}}const lfIndex=string2.indexOf("\n");if(lfIndex!==
-1){string2=stringEncaseCRLFWithFirstIndex(string2,closeAll,openAll,lfIndex)}return openAll+string2+closeAll};Object.defineProperties(createChalk.prototype,styles2);
var chalk=createChalk();var chalkStderr=createChalk({level:stderrColor?stderrColor.level:0});function colourFor(isTTY,env){const force=env.FORCE_COLOR;if(force==="0"||force==="false")return new Chalk({level:0});if(force!==void 0)return new Chalk({level:1});
if(env.NO_COLOR!==void 0&&env.NO_COLOR!=="")return new Chalk({level:0});return new Chalk({level:isTTY?1:0})}init_errors();function renderCatalogTable(view,t,colour,onlyClauses){const lines=[colour.bold(view.standard),""];const byClause=new Map;for(const r of view.requirements){const list2=byClause.
get(r.clauses[0])??[];list2.push(r);byClause.set(r.clauses[0],list2)}const items=new Map(view.assessmentItems.map(item=>[item.clause,item]));for(const clause of view.
clauses){const depth=clause.id.split(".").length-1;const indent="  ".repeat(depth);const heading=`${indent}${clause.id}  ${clause.title}`;lines.push(depth===0?colour.
bold(heading):heading);for(const r of byClause.get(clause.id)??[]){const tag=`${t(`catalog.kind.${r.kind}`)}, ${t(r.mandatory?"catalog.mandatory":"catalog.recom\
mended")}`;lines.push(`${indent}  - ${colour.cyan(r.id)}  ${r.title}  ${colour.dim(`[${tag}]`)}`);lines.push(`${indent}    ${colour.dim(r.summary)}`)}const item=items.
get(clause.id);if(onlyClauses&&item){lines.push(`${indent}  ${t("catalog.assess")} ${item.question}`);for(const point of item.lookFor)lines.push(`${indent}    ${colour.
dim(`\xB7 ${point}`)}`)}}if(onlyClauses)return lines.join("\n")+"\n";lines.push("",colour.bold(t("catalog.heading.categories")));for(const c of view.businessCategories)
lines.push(`  ${c.code}  ${c.number}  ${c.name}`);lines.push("",colour.bold(t("catalog.heading.dossier")));for(const d of view.dossier)lines.push(`  ${d.number}\
. ${d.title}`);lines.push("",colour.bold(t("catalog.heading.legacy")));for(const p of view.legacyProcesses)lines.push(`  ${p.groupTitle} / ${p.title}  -> ${p.clauses.
join(", ")}`);return lines.join("\n")+"\n"}init_options();function registerCatalog(program2,context){return program2.command("catalog").description("list the clauses, required documented information, dos\
sier items and business categories").option("--clause <id>","only this clause and its sub-clauses, e.g. 8.5").addOption(new Option("-f, --format <format>","outp\
ut format").choices(["table","json","yaml"]).default("table")).addOption(new Option("--lang <lang>","language of titles and summaries").choices(LANG_CHOICES).default(
context.lang)).action(async options=>{const{io}=context;context.lang=options.lang;if(options.clause!==void 0&&!catalog.clause(options.clause))throw new InputError(
"cli.unknownClause",{clause:options.clause});const view=viewCatalog(catalog,options.lang,options.clause);const output=options.format==="json"?JSON.stringify(view,
null,2)+"\n":options.format==="yaml"?(await Promise.resolve().then(()=>(init_catalog_yaml(),catalog_yaml_exports))).renderCatalogYaml(view):renderCatalogTable(view,
translator(options.lang),colourFor(io.stdout.isTTY,io.env),options.clause!==void 0);io.stdout.write(output)})}var import_node_path13=require("node:path");var import_node_fs4=require("node:fs");var import_node_path=require("node:path");var asGiven=file=>file.replace(/\\/g,"/").replace(/^(\.\/)+/,"");function sourcePathFrom(cwd,root){
let found;const base=()=>found??=root===void 0?repositoryTop(cwd)??cwd:(0,import_node_path.resolve)(cwd,root);return file=>{const absolute=(0,import_node_path.resolve)(
cwd,file);const fromBase=(0,import_node_path.relative)(base(),absolute);const path2=fromBase===""||fromBase.startsWith("..")||(0,import_node_path.isAbsolute)(fromBase)?
absolute:fromBase;return asGiven(path2)}}function repositoryTop(folder){for(let current=(0,import_node_path.resolve)(folder);;current=(0,import_node_path.dirname)(
current)){if((0,import_node_fs4.existsSync)((0,import_node_path.join)(current,".git")))return current;if((0,import_node_path.dirname)(current)===current)return void 0}}init_errors();init_finding();var checkFormatters={stylish:async()=>(await Promise.resolve().then(()=>(init_stylish(),stylish_exports))).stylish,json:async()=>(await Promise.resolve().then(()=>(init_json(),json_exports))).
json,junit:async()=>(await Promise.resolve().then(()=>(init_junit(),junit_exports))).junit,sarif:async()=>(await Promise.resolve().then(()=>(init_sarif(),sarif_exports))).
sarif,github:async()=>(await Promise.resolve().then(()=>(init_github(),github_exports))).github,markdown:async()=>(await Promise.resolve().then(()=>(init_markdown(),markdown_exports))).
markdown,codequality:async()=>(await Promise.resolve().then(()=>(init_codequality(),codequality_exports))).codequality};init_options();var import_node_fs9=require("node:fs");var import_node_path10=require("node:path");init_catalog2();function parsePointer(pointer){if(pointer==="")return[];return pointer.slice(1).split("/").map(segment=>segment.replace(/~1/g,"/").replace(/~0/g,"~"))}init_cover();init_evidence();function valueAt(root,pointer){let value=root;for(const segment of parsePointer(pointer))value=value!==null&&typeof value==="object"?
value[segment]:void 0;return value}function stateOf(parts,gaps){return gaps===0?"provided":gaps<parts?"partial":"missing"}var PROCESS_MANUALS=new Set(["sms-proc\
esses","required-procedures"]);function describedProcesses(documents2,catalog2){const processes=catalog2.legacyProcesses();const byClause=remembered(clause=>processes.
filter(process4=>process4.clauses.some(c=>catalog2.isWithin(clause,c))));const byRequirement=remembered(id=>{const requirement=catalog2.requirement(id);return requirement?.
kind==="document"?requirement.clauses.flatMap(byClause):[]});const described=new Set;for(const document of documents2){if(document.processes===void 0&&document.
satisfies.some(id=>PROCESS_MANUALS.has(id)))return new Set(processes.map(process4=>process4.id));for(const clause of document.processes??[])for(const process4 of byClause(
clause))described.add(process4.id);for(const id of document.satisfies)for(const process4 of byRequirement(id))described.add(process4.id)}return described}function remembered(answer){
const answers=new Map;return key=>{let known=answers.get(key);if(known===void 0)answers.set(key,known=answer(key));return known}}function itemStatus(item,context){
const{index,catalog:catalog2,asOf,evidence,operation:operation2,requirements}=context;const fileThere=path2=>fileExists(evidence,path2);const{source}=item;switch(source.
kind){case"generated":return{item,state:"generated",evidence:[],gaps:[]};case"field":{const value=valueAt(index.description,source.pointer);const isPath=source.
pointer.endsWith("/evidence")||source.pointer.startsWith("/application/");const present=typeof value==="string"&&(!isPath||fileThere(value));return{item,state:present?
"provided":"missing",evidence:typeof value==="string"&&isPath?[value]:[],gaps:present?[]:[{kind:"field",pointer:source.pointer}]}}case"fields":{const paths=source.
pointers.map(p=>valueAt(index.description,p));const gaps=source.pointers.filter((_,i)=>!fileThere(paths[i])).map(pointer=>({kind:"field",pointer}));return{item,
state:stateOf(source.pointers.length,gaps.length),evidence:paths.filter(p=>typeof p==="string"),gaps}}case"sms-documents":{const inForce=index.documents.map(d=>d.
value).filter(d=>documentGap(d,asOf,evidence)===void 0);const described=describedProcesses(inForce,catalog2);const gaps=[...source.ids.filter(id=>requirements.get(
id)?.state==="missing"||requirements.get(id)?.state==="weak").map(id=>({kind:"requirement",id})),...catalog2.legacyProcesses().filter(process4=>!described.has(process4.
id)).map(process4=>({kind:"process",id:process4.id}))];const list2=valueAt(index.description,source.pointer);if(!fileThere(list2))gaps.push({kind:"field",pointer:source.
pointer});const evidencePaths=inForce.map(d=>d.evidence).filter(p=>p!==void 0);const parts=source.ids.length+catalog2.legacyProcesses().length+1;return{item,state:stateOf(
parts,gaps.length),evidence:typeof list2==="string"?[list2,...evidencePaths]:evidencePaths,gaps}}case"records":{const mandatory=index.registers.filter(r=>r.value.
satisfies.some(id=>catalog2.requirement(id)?.mandatory));const paths=index.registers.map(r=>r.value.evidence).filter(p=>p!==void 0);const present=paths.filter(fileThere);
const complete=mandatory.length>0&&mandatory.every(r=>fileThere(r.value.evidence));return{item,state:complete?"provided":present.length>0?"partial":"missing",evidence:paths,
gaps:complete?[]:[{kind:"register-files"}]}}case"audit-and-review":{const gaps=[];if(operation2.audits.length===0)gaps.push({kind:"audit-report"});if(operation2.
reviews.length===0)gaps.push({kind:"review-minutes"});const evidencePaths=[...operation2.audits,...operation2.reviews].map(e=>e.value.evidence);return{item,state:stateOf(
2,gaps.length),evidence:evidencePaths,gaps}}}}function assessDossier(context){return context.catalog.dossier().map(item=>itemStatus(item,context))}init_translate();var OWN_RULES=new Set(["assessed-nonconformity","assessment-contradicted"]);function contradictedRatings(gap,catalog2,requirements,kept){const problems=[];
for(const{value:item,pointer}of gap.items){if(item.status!=="conforming")continue;const at={pointer:`${pointer}/status`,...gap.place(`${pointer}/status`)};const unmet=(catalog2.
assessmentItem(item.clause)?.requirements??[]).filter(id=>{const requirement=catalog2.requirement(id);const state=requirements.get(id)?.state;return requirement?.
mandatory===true&&requirement.metByRecordsOf===void 0&&(state==="missing"||state==="weak")});if(unmet.length>0)problems.push({ruleId:"assessment-contradicted",severity:"\
minor",messageId:"rule.assessment-contradicted.documentedInformation",params:{clause:item.clause,requirements:localized((t,lang)=>unmet.map(id=>catalog2.requirement(
id)?.title[lang]??id).join(t("list.separator")))},clause:item.clause,requirementId:unmet[0],...at});const majors=kept.filter(p=>p.severity==="major"&&!p.blocking&&
!OWN_RULES.has(p.ruleId)&&p.clause!==void 0&&catalog2.isWithin(p.clause,item.clause));if(majors.length>0)problems.push({ruleId:"assessment-contradicted",severity:"\
minor",messageId:"rule.assessment-contradicted.majorStands",params:{clause:item.clause,count:majors.length,rules:ruleNames(majors.map(m=>m.ruleId))},clause:item.
clause,...at})}return problems}init_cover();init_evidence();function issueDate(document){return document.firstIssued??document.approvalDate}function documentedSystem(index,catalog2,asOf,evidence){
let latest;const undocumented=[];for(const requirement of catalog2.requirements()){if(!requirement.core)continue;let earliest;for(const entry of index.documentsFor(
requirement.id)){if(documentGap(entry.value,asOf,evidence)!==void 0)continue;const since=issueDate(entry.value)??index.operation.startDate;if(earliest===void 0||
since<earliest.since)earliest={since,document:entry}}if(earliest===void 0)undocumented.push(requirement.id);else if(latest===void 0||earliest.since>latest.since)
latest=earliest}return{latest,undocumented}}function operationFacts(index,catalog2,asOf,evidence){const startDate=index.operation.startDate;const{latest:documented,
undocumented}=documentedSystem(index,catalog2,asOf,evidence);const start=documented!==void 0&&documented.since>startDate?documented.since:startDate;const onRunningSms=date3=>date3>=
start&&date3<=asOf;const held=index.completedAudits(asOf).filter(a=>onRunningSms(a.value.date));const audits=held.filter(a=>fileExists(evidence,a.value.evidence));
const firstAuditHeld=held[0]?.value.date;const reviews=firstAuditHeld===void 0?[]:index.completedReviews(asOf).filter(r=>onRunningSms(r.value.date)&&r.value.date>=
firstAuditHeld&&fileExists(evidence,r.value.evidence));return{startDate,documented,undocumented,start,...firstAuditHeld?{firstAuditHeld}:{},audits,reviews}}init_requirement_state();function runRules(rules,index,context){const problems=[];for(const rule of rules){rule.check(index,{...context,report:({messageId,severity:severity2,clause,...where})=>problems.
push({ruleId:rule.id,severity:severity2??rule.severity,messageId:`rule.${rule.id}.${messageId}`,...rule.blocking?{blocking:true}:{clause:clause??rule.clauses[0]},
...where})})}return problems}init_translate();var SYSTEMIC_MINORS=3;function systemicGaps(kept,catalog2){const byRequirement=new Map;for(const problem of kept){if(problem.severity!=="minor"||
problem.blocking||problem.requirementId===void 0)continue;const group=byRequirement.get(problem.requirementId);if(group)group.push(problem);else byRequirement.set(
problem.requirementId,[problem])}const gaps=[];for(const[requirementId,minors]of byRequirement){if(minors.length<SYSTEMIC_MINORS)continue;const requirement=catalog2.
requirement(requirementId);gaps.push({ruleId:"systemic-gap",severity:"major",messageId:"rule.systemic-gap.minors",params:{requirement:requirement?.title??requirementId,
count:minors.length,rules:ruleNames(minors.map(m=>m.ruleId))},clause:requirement?.clauses[0]??minors[0].clause,requirementId,...minors[0].pointer===void 0?{}:{pointer:minors[0].
pointer},...minors[0].atKey?{atKey:true}:{}})}return gaps}function scoredClauses(catalog2){return catalog2.clauses().map(c=>c.id).filter(id=>!id.includes(".")||/^8\.\d+$/.test(id))}function tallyScores(catalog2,assessments){
const counted=assessments.filter(a=>a.state!=="not-applicable"&&catalog2.requirement(a.id)?.mandatory);const tally=inClause=>{const relevant=counted.filter(a=>inClause(
catalog2.requirement(a.id)?.clauses??[]));return{applicable:relevant.length,satisfied:relevant.filter(a=>a.state==="satisfied").length,weak:relevant.filter(a=>a.
state==="weak").length}};return{clauses:scoredClauses(catalog2).map(clause=>({clause,...tally(ids=>ids.some(id=>catalog2.isWithin(id,clause)))})),overall:tally(
()=>true)}}init_verdict();function matches(waiver,problem){if(waiver.rule!==void 0&&waiver.rule!==problem.ruleId)return false;if(waiver.requirement!==void 0&&waiver.requirement!==problem.
requirementId)return false;return true}function acceptable(problem){return!problem.blocking&&problem.severity!=="major"}function indexWaivers(waivers){const byKey=new Map;
for(const entry of waivers){const key=`${entry.waiver.rule??"*"}\0${entry.waiver.requirement??"*"}`;if(!byKey.has(key))byKey.set(key,entry)}return problem=>{const candidates=[
byKey.get(`${problem.ruleId}\0${problem.requirementId??"*"}`),byKey.get(`${problem.ruleId}\0*`),problem.requirementId===void 0?void 0:byKey.get(`*\0${problem.requirementId}`)].
filter(c=>c!==void 0&&matches(c.waiver,problem));return candidates.sort((a,b)=>a.index-b.index)[0]}}function applyWaivers(problems,waivers,asOf){const find=indexWaivers(
waivers.map((waiver,index)=>({waiver,index})).filter(({waiver})=>waiver.expires>=asOf));const counts2=new Map;const refused=new Map;const kept=[];const suppressed=[];
for(const problem of problems){const match=find(problem);if(!match)kept.push(problem);else if(!acceptable(problem)){kept.push(problem);const names=refused.get(match.
index);if(names)names.push(problem);else refused.set(match.index,[problem])}else{suppressed.push({...problem,waiver:match.waiver.id});counts2.set(match.waiver.id,
(counts2.get(match.waiver.id)??0)+1)}}for(const[index,names]of[...refused.entries()].sort(([a],[b])=>a-b)){const waiver=waivers[index];kept.push({ruleId:"waiver\
-not-acceptable",severity:"minor",messageId:names.some(p=>p.blocking)?"rule.waiver-not-acceptable.prerequisite":"rule.waiver-not-acceptable.major",params:{id:waiver.
id,count:names.length},clause:"6.1",pointer:`/waivers/${index}`})}const statuses=waivers.map((w,index)=>({...w,state:w.expires>=asOf?"active":"expired",suppressed:counts2.
get(w.id)??0,refused:refused.get(index)?.length??0}));return{kept,suppressed,waivers:statuses}}function assess(index,{catalog:catalog2,rules,asOf,evidence,invalidInputs=0,gap}){const operation2=operationFacts(index,catalog2,asOf,evidence);const requirements=assessRequirements(
{index,catalog:catalog2,asOf,evidence,operation:operation2});const dossier=assessDossier({index,catalog:catalog2,asOf,evidence,operation:operation2,requirements});
const problems=runRules(rules,index,{catalog:catalog2,asOf,evidence,operation:operation2,requirements,dossier,gap});const outcome=applyWaivers(problems,index.description.
waivers??[],asOf);outcome.kept.push(...systemicGaps(outcome.kept,catalog2));if(gap)outcome.kept.push(...contradictedRatings(gap,catalog2,requirements,outcome.kept));
const assessments=[...requirements.values()];const{clauses,overall}=tallyScores(catalog2,assessments);const uncovered=assessments.filter(a=>catalog2.requirement(
a.id)?.mandatory&&a.state!=="satisfied"&&a.state!=="not-applicable").length;const verdict=decideVerdict({kept:outcome.kept,uncovered,invalid:invalidInputs});return{
...outcome,operation:operation2,requirements:assessments,dossier,scores:clauses,overall,verdict}}init_sms_index();var GapAssessmentIndex=class{constructor(file,assessment,locator,files=new Map){this.file=file;this.assessment=assessment;this.locator=locator;
this.files=files;this.items=entries(assessment.items,"/items");this.actions=entries(assessment.actions,"/actions");for(const item of this.items)this.#itemByClause.
set(item.value.clause,item)}file;assessment;locator;files;items;actions;#itemByClause=new Map;get assessor(){return this.assessment.assessment.assessor}get date(){
return this.assessment.assessment.date}item(clause){return this.#itemByClause.get(clause)}statusOf(clause){return this.#itemByClause.get(clause)?.value.status??
"not-assessed"}pendingActionsFor(clause){return this.actions.filter(a=>(a.value.status==="open"||a.value.status==="in-progress")&&(a.value.items??[]).includes(clause))}place(pointer,atKey){
const{line,column}=this.locator.locate(pointer,atKey);return{file:this.file,line:line??1,column:column??1}}};function citedFiles(assessment){return assessment.items.
flatMap((item,i)=>(item.evidence??[]).flatMap((evidence,j)=>"file"in evidence?[{path:evidence.file,pointer:`/items/${i}/evidence/${j}/file`}]:[]))}init_sms_index();var import_node_fs6=require("node:fs");var import_node_path3=require("node:path");init_hash_file();init_regular_file();function isInside(root,path2){const folder=import_node_path3.sep===
"\\"?root.toLowerCase():root;const file=import_node_path3.sep==="\\"?path2.toLowerCase():path2;return file===folder||file.startsWith(folder.endsWith(import_node_path3.sep)?
folder:folder+import_node_path3.sep)}function staysInside(rel){return rel===""||!rel.startsWith(`..${import_node_path3.sep}`)&&rel!==".."&&!(0,import_node_path3.isAbsolute)(
rel)}var realpath=import_node_fs6.realpathSync.native;function realFileOf(path2,realRoot,realFolders){const folder=(0,import_node_path3.dirname)(path2);let realFolder=realFolders.
get(folder);if(realFolder===void 0)realFolders.set(folder,realFolder=realpath(folder));const joined=(0,import_node_path3.join)(realFolder,(0,import_node_path3.basename)(
path2));if(!isInside(realRoot,realFolder))return{real:joined};const stats=(0,import_node_fs6.lstatSync)(joined);return stats.isSymbolicLink()?{real:realpath(joined)}:
{real:joined,stats}}function errorCode(error){return error?.code}function inspectEvidence(references,root,known=new Map){const facts=new Map;const lexicalRoot=(0,import_node_path3.resolve)(
root);let realRoot;try{realRoot=realpath(root)}catch{realRoot=lexicalRoot}const realFolders=new Map;for(const{path:path2,sha256:sha2562}of references){const seen=facts.
get(path2);if(seen&&(seen.sha256!==void 0||sha2562===void 0))continue;const fact=sha2562===void 0?known.get(path2):void 0;facts.set(path2,fact??inspectOne(path2,
lexicalRoot,realRoot,sha2562!==void 0,realFolders))}return facts}function inspectOne(path2,root,realRoot,wantHash,realFolders){if(path2.includes("\0"))return{state:"\
invalid"};if((0,import_node_path3.isAbsolute)(path2)||/^[A-Za-z]:[\\/]/.test(path2))return{state:"outside-root"};const lexical=(0,import_node_path3.resolve)(root,
path2);if(!isInside(root,lexical))return{state:"outside-root"};let found;try{found=realFileOf(lexical,realRoot,realFolders)}catch(error){return{state:errorCode(
error)==="EACCES"?"unreadable":"missing"}}const{real:real2}=found;if(!isInside(realRoot,real2))return{state:"outside-root"};try{if(!(found.stats??(0,import_node_fs6.statSync)(
real2)).isFile())return{state:"not-a-file"};if(!wantHash){(0,import_node_fs6.accessSync)(real2,import_node_fs6.constants.R_OK);return{state:"ok"}}const opened2=openRegularFile(
real2,{followLinks:false});if(opened2.kind==="not-a-file")return{state:"not-a-file"};try{if(opened2.size>MAX_HASH_BYTES)return{state:"ok",tooLargeToHash:true};const sha2562=sha256OfDescriptor(
opened2.fd,MAX_HASH_BYTES);return sha2562===void 0?{state:"ok",tooLargeToHash:true}:{state:"ok",sha256:sha2562}}finally{(0,import_node_fs6.closeSync)(opened2.fd)}}catch(error){
return{state:errorCode(error)==="ENOENT"?"missing":"unreadable"}}}init_errors();init_conformity_grade();var LADDER=["not-addressed","initial","inconsistent","conforming"];function gapProgress(before,now,clauses){const progress={since:before.date,improved:[],regressed:[],
newlyAssessed:[],closedActions:[]};for(const clause of clauses){const from=before.ratings.get(clause)??"not-assessed";const to=now.ratings.get(clause)??"not-ass\
essed";if(from===to||to==="not-assessed")continue;const change={clause,from,to};if(from==="not-assessed")progress.newlyAssessed.push(change);else if(LADDER.includes(
from)&&LADDER.includes(to))(LADDER.indexOf(to)>LADDER.indexOf(from)?progress.improved:progress.regressed).push(change)}const pending=status=>status==="open"||status===
"in-progress";for(const[id,status]of now.actions)if(pending(before.actions.get(id))&&!pending(status))progress.closedActions.push(id);return progress}function ratingsAt(assessment){
return{date:assessment.assessment.date,ratings:new Map(assessment.items.map(item=>[item.clause,item.status])),actions:new Map((assessment.actions??[]).map(action=>[
action.id,action.status]))}}var CONFORMITY=["not-assessed","not-addressed","initial","inconsistent","conforming","not-applicable"];var ACTION_STATUSES=["open","in-progress","done","cancell\
ed"];function gapAssessmentReport(gap,catalog2,lang,asOf,previous){const items=catalog2.assessmentItems().map(catalogued=>{const rated=gap.item(catalogued.clause)?.value;
const status=rated?.status??"not-assessed";const grade=GRADE_OF_RATING[status];return{clause:catalogued.clause,title:catalog2.clause(catalogued.clause)?.title[lang]??
catalogued.clause,question:catalogued.question[lang],status,...grade===void 0?{}:{grade},evidence:rated?.evidence??[],...rated?.note===void 0?{}:{note:rated.note},
assessor:rated?.assessor??gap.assessor,date:rated?.date??gap.date}});const byClause=catalog2.clauses().filter(clause=>clause.parent===null).map(clause=>{const counts2=Object.
fromEntries(CONFORMITY.map(status=>[status,0]));for(const item of items)if(catalog2.topLevelOf(item.clause)===clause.id)counts2[item.status]+=1;return{clause:clause.
id,title:clause.title[lang],counts:counts2}});const actions=gap.actions.map(({value})=>({id:value.id,action:value.action,...value.owner===void 0?{}:{owner:value.
owner},due:value.due,status:value.status,items:value.items??[],requirements:value.requirements??[],overdue:(value.status==="open"||value.status==="in-progress")&&
value.due<asOf}));const report={file:gap.file,assessor:gap.assessor,date:gap.date,items,byClause,actions};if(previous)report.progress=gapProgress(previous,ratingsAt(
gap.assessment),catalog2.assessmentItems().map(i=>i.clause));return report}init_translate();init_finding();init_application_dossier_incomplete();init_rules();function fingerprint2(finding){const where=finding.pointer??`${finding.line}:${finding.column}`;return[finding.file??"",finding.ruleId,finding.messageId,finding.
requirementId??"",where].join("|")}function markBaseline(findings,baseline){const remaining=new Map;for(const old of baseline){const key=fingerprint2(old);const same=remaining.
get(key);if(same)same.findings.push(old);else remaining.set(key,{findings:[old],matched:0})}const marked=findings.map(finding=>{const same=remaining.get(fingerprint2(
finding));if(same&&same.matched<same.findings.length){same.matched++;return{...finding,baseline:"unchanged"}}return{...finding,baseline:"new"}});const fixed=[...remaining.
values()].flatMap(({findings:same,matched})=>same.slice(matched));return{findings:marked,fixed}}init_clause_order();init_findings();function compareByClause(a,b){return CATEGORIES.indexOf(a.category)-CATEGORIES.indexOf(b.category)||compareClauses(a.clause,
b.clause)||compareSeverity(a.severity,b.severity)||compareByPosition(a,b)}function buildCheckReport(input){const{validated,assessment,catalog:catalog2,lang,asOf,
tool}=input;const t=translator(lang);const place=p=>placeInSource(p,input.discovered)??{...p,file:p.file??validated.file};const localise=problems=>toFindings(problems.
map(place),validated.locator,lang).sort(compareByClause);const findings=localise([...validated.problems,...input.discovered?.problems??[],...input.gap?.problems??
[],...assessment?.kept??[]]);const marked=input.baseline?markBaseline(findings,input.baseline):{findings,fixed:void 0};const report={kind:"check",tool,lang,asOf,
standard:catalog2.standard,file:validated.file,organization:validated.sms?.organization.name??"",valid:assessment!==void 0,verdict:assessment?wordVerdict(assessment,
findings,t):invalidVerdict(findings,t),overall:ratio(assessment?.overall??{applicable:0,satisfied:0,weak:0}),scores:(assessment?.scores??[]).map(s=>({...ratio(s),
clause:s.clause,title:catalog2.clause(s.clause)?.title[lang]??s.clause,depth:s.clause.includes(".")?1:0})),requirements:(assessment?.requirements??[]).map(a=>{const requirement=catalog2.
requirement(a.id);return{id:a.id,title:requirement.title[lang],summary:requirement.summary[lang],clauses:requirement.clauses,kind:requirement.kind,mandatory:requirement.
mandatory,state:a.state,satisfiedBy:a.satisfiedBy}}),findings:marked.findings,suppressed:assessment?assessment.suppressed.map(({waiver,...problem})=>({...localise(
[problem])[0],waiver})).sort(compareByClause):[],waivers:assessment?.waivers??[],dossier:(assessment?.dossier??[]).map(({item,state,evidence,gaps})=>({number:item.
number,id:item.id,title:item.title[lang],state,evidence,missing:gaps.map(gap=>gapName(gap,catalog2,t,lang))})),rules:describeRules(lang)};if(marked.fixed)report.
fixed=marked.fixed;if(assessment&&input.gap?.index)report.gapAssessment=gapAssessmentReport(input.gap.index,catalog2,lang,asOf,input.gap.previous);return report}
function placeInSource(problem,discovered){const match=discovered&&problem.line===void 0&&/^\/documents\/(\d+)(\/.*)?$/.exec(problem.pointer??"");if(!match||!discovered)
return void 0;const source=discovered.sources[Number(match[1])-discovered.firstIndex];if(!source)return void 0;return{...problem,file:source.file,...source.locator.
locate(match[2]??"",problem.atKey)}}function ratio(tally){return{applicable:tally.applicable,satisfied:tally.satisfied,weak:tally.weak,ratio:tally.applicable===
0?null:tally.satisfied/tally.applicable}}function invalidVerdict(findings,t){const invalid2=findings.filter(f=>f.category==="invalid").length;return{status:"not\
-ready",reasons:[{ruleId:"invalid-input",message:t("verdict.invalid",{count:invalid2})}],counts:{prerequisites:0,majors:0,uncovered:0,invalid:invalid2}}}function wordVerdict(assessment,findings,t){
const{verdict}=assessment;const counts2={prerequisites:verdict.prerequisites.length,majors:verdict.majors,uncovered:verdict.uncovered,invalid:verdict.invalid};const reasons=findings.
filter(f=>f.category==="prerequisite").map(f=>({ruleId:f.ruleId,message:f.message}));if(counts2.majors>0)reasons.push({ruleId:"major-nonconformities",message:t(
"verdict.majors",{count:counts2.majors})});if(counts2.uncovered>0)reasons.push({ruleId:"uncovered-requirements",message:t("verdict.uncovered",{count:counts2.uncovered})});
if(counts2.invalid>0)reasons.push({ruleId:"invalid-input",message:t("verdict.invalidInputs",{count:counts2.invalid})});const date3=verdict.earliestApplicationDate;
if(date3===void 0)return{status:verdict.status,reasons,counts:counts2};const earliestApplication2=counts2.majors>0?t("verdict.earliestProvided",{date:date3,count:counts2.
majors}):t("verdict.earliest",{date:date3});return{status:verdict.status,reasons,counts:counts2,earliestApplicationDate:date3,earliestApplication:earliestApplication2}}
function describeRules(lang){const t=translator(lang);return ALL_RULES.map(rule=>({id:rule.id,severity:rule.severity,clauses:rule.clauses,blocking:rule.blocking,
category:rule.category,title:t(`rule.${rule.id}.title`),description:t(`rule.${rule.id}.description`),remedy:t(`rule.${rule.id}.remedy`),...hasMessage(`rule.${rule.
id}.howToRecord`)?{howToRecord:t(`rule.${rule.id}.howToRecord`)}:{}}))}var import_node_fs8=require("node:fs");var import_node_path5=require("node:path");var import_node_fs7=require("node:fs");var import_node_path4=require("node:path");var MAX_PATTERN_LENGTH=256;var MAX_WILDCARDS=32;var MAX_ALTERNATIVES=32;function compileGlob(pattern){if(pattern.length>MAX_PATTERN_LENGTH||countWildcards(pattern)>
MAX_WILDCARDS)return"tooComplex";if(pattern.startsWith("!")||/(^|[^\\])[!@+*?]\(/.test(pattern))return"syntax";const expanded=expandBraces(pattern);if(expanded===
void 0)return"tooComplex";return{alternatives:expanded.map(segmentsOf)}}function countWildcards(pattern){let count=0;for(let i=0;i<pattern.length;i++){if(pattern[i]===
"\\")i++;else if(pattern[i]==="*"||pattern[i]==="?"||pattern[i]==="[")count++}return count}function expandBraces(pattern){const open=firstBraceGroup(pattern);if(!open)
return[pattern];const{start,end,options}=open;const results=[];for(const option of options){const rest=expandBraces(pattern.slice(0,start)+option+pattern.slice(
end+1));if(rest===void 0)return void 0;results.push(...rest);if(results.length>MAX_ALTERNATIVES)return void 0}return results}function firstBraceGroup(pattern){for(let start=0;start<
pattern.length;start++){if(pattern[start]==="\\"){start++;continue}if(pattern[start]!=="{")continue;let depth=0;let from=start+1;const options=[];for(let i=start;i<
pattern.length;i++){const char=pattern[i];if(char==="\\")i++;else if(char==="{")depth++;else if(char==="}"&&--depth===0){if(options.length===0)break;options.push(
pattern.slice(from,i));return{start,end:i,options}}else if(char===","&&depth===1){options.push(pattern.slice(from,i));from=i+1}}}return void 0}function segmentsOf(pattern){
const segments=[];for(const part of pattern.split("/")){if(part===""||part===".")continue;if(part==="**"){if(segments.at(-1)?.kind!=="globstar")segments.push({kind:"\
globstar"})}else segments.push({kind:"name",tokens:tokensOf(part)})}return segments}function tokensOf(part){const tokens=[];const chars=[...part];for(let i=0;i<
chars.length;i++){const char=chars[i];if(char==="\\"&&i+1<chars.length)tokens.push({kind:"char",char:chars[++i]});else if(char==="*"){if(tokens.at(-1)?.kind!=="\
star")tokens.push({kind:"star"})}else if(char==="?")tokens.push({kind:"any"});else if(char==="["){const parsed=classAt(chars,i);if(parsed){tokens.push(parsed.token);
i=parsed.end}else tokens.push({kind:"char",char})}else tokens.push({kind:"char",char})}return tokens}function classAt(chars,start){let i=start+1;const negated=chars[i]===
"!"||chars[i]==="^";if(negated)i++;const ranges=[];for(let first=true;i<chars.length;i++,first=false){let char=chars[i];if(char==="]"&&!first)return{token:{kind:"\
class",negated,ranges},end:i};if(char==="\\"&&i+1<chars.length)char=chars[++i];if(chars[i+1]==="-"&&i+2<chars.length&&chars[i+2]!=="]"){ranges.push([char,chars[i+
2]]);i+=2}else ranges.push([char,char])}return void 0}function tokenMatches(token,char){if(token.kind==="any")return char!=="/";if(token.kind==="char")return token.
char===char;if(token.kind==="class")return token.negated!==token.ranges.some(([low,high])=>low<=char&&char<=high);return false}function matchName(tokens,name){if(name.
startsWith(".")&&!(tokens[0]?.kind==="char"&&tokens[0].char==="."))return false;const chars=[...name];let t=0;let c=0;let star=-1;let starAt=0;while(c<chars.length){
const token=tokens[t];if(token!==void 0&&token.kind!=="star"&&tokenMatches(token,chars[c])){t++;c++}else if(token?.kind==="star"){star=t++;starAt=c}else if(star>=
0){t=star+1;c=++starAt}else return false}while(tokens[t]?.kind==="star")t++;return t===tokens.length}function startState(glob){return glob.alternatives.map(segments=>closure(
segments,[0]))}function advance(glob,state,name){return glob.alternatives.map((segments,a)=>{const next=[];for(const s of state[a]){const segment=segments[s];if(segment===
void 0)continue;if(segment.kind==="globstar"){if(!name.startsWith("."))next.push(s)}else if(matchName(segment.tokens,name))next.push(s+1)}return closure(segments,
next)})}function isAlive(state){return state.some(positions=>positions.length>0)}function isMatch(glob,state){return glob.alternatives.some((segments,a)=>state[a].
includes(segments.length))}function closure(segments,positions){const result=new Set;for(let s of positions){result.add(s);while(segments[s]?.kind==="globstar")
result.add(++s)}return[...result]}function globFiles(glob,root){const found=[];walk(glob,root,"",startState(glob),found);return found.sort()}function walk(glob,folder,relative7,state,found){let entries2;
try{entries2=(0,import_node_fs7.readdirSync)(folder,{withFileTypes:true})}catch{return}for(const entry of entries2){if(entry.isSymbolicLink())continue;const next=advance(
glob,state,entry.name);if(!isAlive(next))continue;const path2=relative7===""?entry.name:`${relative7}/${entry.name}`;if(entry.isDirectory())walk(glob,(0,import_node_path4.join)(
folder,entry.name),path2,next,found);else if(entry.isFile()&&isMatch(glob,next))found.push(path2)}}init_translate();var import_node_module=require("node:module");var loaded;var load=()=>loaded??=(0,import_node_module.createRequire)(__importMetaUrl)("./explain-yaml.cjs");var explainYaml=(...args)=>load().
explainYaml(...args);var ExpansionLimitReached=class extends Error{constructor(offset){super("the aliases expand the document past its limits");this.offset=offset}offset};var NodeIndex=class _NodeIndex{constructor(source,limits){
this.source=source;this.limits=limits;const room=Math.max(64,source.length>>3);({start:this.start,end:this.end,last:this.last,kind:this.kind}=_NodeIndex.allocate(
room))}source;limits;count=0;start;end;kind;last;names;target;anchors;anchored;firstAlias=-1;expanded={nodes:0,chars:0};open=[];childLists;static allocate(room){
const buffer=new ArrayBuffer(room*(3*4+1));return{start:new Int32Array(buffer,0,room),end:new Int32Array(buffer,4*room,room),last:new Int32Array(buffer,8*room,room),
kind:new Uint8Array(buffer,12*room,room)}}opened(offset,anchor){const id=this.added(offset,offset,0,anchor);this.open.push(id,this.expanded.nodes,this.expanded.
chars);return id}closedCollection(offset,kind,anchor){const{open}=this;const chars=open.pop();const nodes=open.pop();const id=open.pop();this.end[id]=offset;this.
last[id]=this.count-1;this.kind[id]=kind;if(anchor!==void 0)(this.anchored??=new Map).set(id,{nodes:this.expanded.nodes-nodes+1,chars:this.expanded.chars-chars});
return id}scalar(start,end,chars,anchor){const id=this.added(start,end,1,anchor);this.expanded.chars+=chars;if(anchor!==void 0)(this.anchored??=new Map).set(id,
{nodes:1,chars});return id}alias(start,end,name){if(this.firstAlias<0)this.firstAlias=start;const target=this.anchors?.get(name);const size=target===void 0?void 0:
this.anchored?.get(target);if(target===void 0||size===void 0)throw new ExpansionLimitReached(this.nextContent(this.firstAlias));const id=this.added(start,end,4,
void 0);(this.target??=new Map).set(id,target);this.expanded.nodes+=size.nodes-1;this.expanded.chars+=size.chars;if(this.expanded.nodes>this.limits.nodes||this.
expanded.chars>this.limits.chars)throw new ExpansionLimitReached(this.nextContent(this.firstAlias));return id}empty(offset,anchor){const at=this.pastProperties(
offset,true);const id=this.added(at,at,0,anchor);if(anchor!==void 0)(this.anchored??=new Map).set(id,{nodes:1,chars:0});return id}anchorNode(name){return this.anchors?.
get(name)}added(start,end,kind,anchor){if(this.count===this.start.length)this.grow();const id=this.count++;if(anchor!==void 0)(this.anchors??=new Map).set(anchor,
id);this.start[id]=start;this.end[id]=end;this.kind[id]=kind;this.last[id]=id;this.expanded.nodes++;return id}childrenOf(id){let list2=this.childLists?.get(id);
if(!list2){list2=[];for(let child=id+1;child<=this.last[id];child=this.last[child]+1)list2.push(child);(this.childLists??=new Map).set(id,list2)}return list2}firstCharacter(id){
const offset=this.start[id];return this.kind[id]===0&&this.end[id]===offset?offset:this.pastProperties(offset,false)}pastProperties(offset,onItsLine){const text=this.
source;const white=at=>{if(!onItsLine)return this.nextContent(at);while(text[at]===" "||text[at]==="	")at++;return at};for(offset=white(offset);text[offset]==="\
&"||text[offset]==="!";offset=white(offset))while(offset<text.length&&!/\s/.test(text[offset]))offset++;return offset}nextContent(offset){const text=this.source;
for(;;){const c=text.charCodeAt(offset);if(c===32||c===10||c===13||c===9)offset++;else if(c===35)while(offset<text.length&&text.charCodeAt(offset)!==10)offset++;else
return offset}}grow(){const larger=_NodeIndex.allocate(this.start.length*2);for(const name of Object.keys(larger))larger[name].set(this[name]);({start:this.start,
end:this.end,last:this.last,kind:this.kind}=larger)}};var MAX_FLOW_DEPTH=100;var MAX_BLOCK_INDENT=400;var MAX_NESTING=2*MAX_FLOW_DEPTH;function tooDeepAt(text){let depth=0;let quote="";let lineStart=true;for(let i=0;i<
text.length;i++){const c=text[i];if(lineStart){lineStart=false;let j=i;while(j<text.length&&(text[j]===" "||text[j]==="-"&&text[j+1]===" "))j++;if(j-i>MAX_BLOCK_INDENT&&
quote==="")return i+MAX_BLOCK_INDENT}if(c==="\n"){lineStart=true;continue}if(quote){if(c===quote){if(quote==="'"&&text[i+1]==="'")i++;else quote=""}else if(c===
"\\"&&quote==='"')i++;continue}if(c==="#"&&(i===0||/\s/.test(text[i-1]))){while(i+1<text.length&&text[i+1]!=="\n")i++}else if(c==='"'||c==="'"&&(i===0||/[\s[{,:]/.
test(text[i-1])))quote=c;else if(c==="["||c==="{"){if(++depth>MAX_FLOW_DEPTH)return i}else if((c==="]"||c==="}")&&depth>0)depth--}return-1}init_positions();init_positions();var NULL=/^(?:~|[Nn]ull|NULL)?$/;var BOOL=/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;var INT=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;var FLOAT=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
function resolvePlain(text){const first=text.charCodeAt(0);if(first===126||first===110||first===78)return NULL.test(text)?null:text;if(first===116||first===84||
first===102||first===70)return BOOL.test(text)?first===116||first===84:text;if(!(first>=48&&first<=57||first===46||first===43||first===45))return text===""?null:
text;if(INT.test(text))return text.startsWith("0o")?parseInt(text.slice(2),8):text.startsWith("0x")?parseInt(text.slice(2),16):Number(text);if(FLOAT.test(text))
return/nan/i.test(text)?NaN:/inf/i.test(text)?text.startsWith("-")?-Infinity:Infinity:Number(text);return text}function resolveTagged(tag,text){if(tag==="!!str")
return text;if(tag==="!!null")return NULL.test(text)?null:void 0;if(tag==="!!bool")return BOOL.test(text)?text[0]==="t"||text[0]==="T":void 0;const value=resolvePlain(
text);return(tag==="!!int"||tag==="!!float")&&typeof value==="number"?value:void 0}var ESCAPES={"0":"\0",a:"\x07",b:"\b",t:"	","	":"	",n:"\n",v:"\v",f:"\f",r:"\r",
e:"\x1B"," ":" ",'"':'"',"/":"/","\\":"\\",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"};var HEX_DIGITS={x:2,u:4,U:8};function readQuoted(text,start,indent,end){const quote=text.
charCodeAt(start);let value="";let from=start+1;for(let at=from;at<text.length;){const c=text.charCodeAt(at);if(c===quote){if(quote===39&&text.charCodeAt(at+1)===
39){value+=text.slice(from,at+1);from=at+=2;continue}end.at=at+1;return value+text.slice(from,at)}if(c===92&&quote===34){value+=text.slice(from,at);const escape=text[at+
1];if(escape==="\n"||escape==="\r"){const next=nextLine(text,at+1,indent);if(next<0)return void 0;from=at=skipBlanks(text,next);continue}const digits2=HEX_DIGITS[escape];
if(digits2!==void 0){const hex=text.slice(at+2,at+2+digits2);if(!/^[0-9a-fA-F]+$/.test(hex)||hex.length!==digits2)return void 0;const code2=parseInt(hex,16);if(code2>
1114111)return void 0;value+=String.fromCodePoint(code2);from=at+=2+digits2;continue}const escaped=ESCAPES[escape];if(escaped===void 0)return void 0;value+=escaped;
from=at+=2;continue}if(c===10||c===13){let end2=at;while(end2>from&&(text.charCodeAt(end2-1)===32||text.charCodeAt(end2-1)===9))end2--;value+=text.slice(from,end2);
let breaks=0;let next=at;for(;;){next=nextLine(text,next,indent);if(next<0)return void 0;next=skipBlanks(text,next);const d=text.charCodeAt(next);if(d!==10&&d!==
13)break;breaks++}value+=breaks===0?" ":"\n".repeat(breaks);from=at=next;continue}at++}return void 0}function nextLine(text,at,indent){if(text.charCodeAt(at)===
13)at++;if(text.charCodeAt(at)!==10)return-1;const line=at+1;if(isDocumentMarker(text,line))return-1;let spaces=line;while(text.charCodeAt(spaces)===32)spaces++;
const c=text.charCodeAt(spaces);if(spaces-line<=indent&&c!==10&&c!==13&&spaces<text.length)return-1;return line}function skipBlanks(text,at){while(text.charCodeAt(
at)===32||text.charCodeAt(at)===9)at++;return at}function isDocumentMarker(text,line){const c=text.charCodeAt(line);if(c!==45&&c!==46||text.charCodeAt(line+1)!==
c||text.charCodeAt(line+2)!==c)return false;const after=text.charCodeAt(line+3);return line+3>=text.length||after===32||after===10||after===13||after===9}function readBlockScalar(text,start,indent){
const folded=text.charCodeAt(start)===62;let at=start+1;let chomp="";let explicit=0;for(let i=0;i<2;i++){const c=text[at];if((c==="-"||c==="+")&&chomp==="")chomp=
c;else if(c>="1"&&c<="9"&&explicit===0)explicit=Number(c);else break;at++}const headerEnd=lineEnd(text,at);const rest=text.slice(at,headerEnd);if(rest!==""&&!/^ +(?:#.*)?$/.
test(rest))return void 0;const lines=[];let contentIndent=explicit>0?Math.max(indent,0)+explicit:-1;let leadingBlank=0;let line=nextLineStart(text,headerEnd);for(;line<
text.length;line=nextLineStart(text,lineEnd(text,line))){let spaces=line;while(text.charCodeAt(spaces)===32)spaces++;const end=lineEnd(text,line);const blank=spaces===
end;if(contentIndent<0){if(blank){leadingBlank=Math.max(leadingBlank,spaces-line);lines.push("");continue}if(spaces-line<=indent)break;if(leadingBlank>spaces-line)
return void 0;contentIndent=spaces-line}if(blank){if(spaces-line>contentIndent)return void 0;lines.push("");continue}if(spaces-line<contentIndent)break;if(text.
charCodeAt(spaces)===9)return void 0;if(spaces-line===0&&isDocumentMarker(text,line))break;lines.push(text.slice(line+contentIndent,end))}let last=lines.length;
while(last>0&&lines[last-1]==="")last--;const trailing2=lines.length-last;const body=lines.slice(0,last);let value=folded?fold(body):body.join("\n");if(body.length>
0&&chomp!=="-")value+="\n";if(chomp==="+")value+="\n".repeat(trailing2);return{value,end:line}}function fold(lines){let value="";let blanks=0;let previous;for(const line of lines){
if(line===""){blanks++;continue}if(previous===void 0)value+="\n".repeat(blanks);else{const spaced=l=>l.charCodeAt(0)===32||l.charCodeAt(0)===9;value+=!spaced(previous)&&
!spaced(line)?blanks===0?" ":"\n".repeat(blanks):"\n".repeat(blanks+1)}value+=line;previous=line;blanks=0}return value}function lineEnd(text,at){let end=text.indexOf(
"\n",at);if(end<0)end=text.length;return end>at&&text.charCodeAt(end-1)===13?end-1:end}function nextLineStart(text,end){if(text.charCodeAt(end)===13)end++;return end+
1}var IndexLocator=class{constructor(index){this.index=index}index;lineStarts;keys=new Map;locate(pointer,atKey=false){const{node,key}=this.walk(pointer);const target=atKey&&
key!==void 0?key:node;return target<0?{line:1,column:1}:this.position(this.index.firstCharacter(target))}sourceText(pointer){const{node,complete}=this.walk(pointer);
const{index}=this;if(!complete||node<0)return void 0;if(index.kind[node]===0&&index.end[node]===index.start[node])return"";if(index.kind[node]!==1)return void 0;
const from=index.firstCharacter(node);const quote=index.source[from];if(quote==="'"||quote==='"')return this.scalarText(node);return index.source.slice(from,index.
end[node]).split(/[\s,\]}#]/)[0]}walk(pointer){const{index}=this;let node=index.count>0?this.resolve(0):-1;let key;for(const segment of parsePointer(pointer)){if(node<
0)return{node,key,complete:false};let next;if(index.kind[node]===2){const item=index.childrenOf(node)[Number(segment)];next=item===void 0?void 0:{value:item}}else if(index.
kind[node]===3)next=this.member(node,segment,new Set);if(next===void 0)return{node,key,complete:false};key=next.key;node=this.resolve(next.value)}return{node,key,
complete:true}}member(mapping,segment,seen){const children=this.index.childrenOf(mapping);const at=this.keysOf(mapping).get(segment);if(at!==void 0&&!this.isMerge(
children[at]))return{key:children[at],value:children[at+1]};seen.add(mapping);for(let i=0;i+1<children.length;i+=2){if(!this.isMerge(children[i]))continue;const value=this.
resolve(children[i+1]);const sources=this.index.kind[value]===2?this.index.childrenOf(value):[value];for(const source of sources){const merged=this.resolve(source);
if(this.index.kind[merged]!==3||seen.has(merged))continue;const found=this.member(merged,segment,seen);if(found)return found}}return void 0}keysOf(mapping){let keys=this.
keys.get(mapping);if(!keys){keys=new Map;const children=this.index.childrenOf(mapping);for(let i=0;i+1<children.length;i+=2){const text=this.scalarText(this.resolve(
children[i]));if(text!==void 0)keys.set(text,i)}this.keys.set(mapping,keys)}return keys}scalarText(key){const{index}=this;if(index.kind[key]!==1)return void 0;const name=index.
names?.get(key);if(name!==void 0)return name;const from=index.firstCharacter(key);const c=index.source[from];if(c==="'"||c==='"')return readQuoted(index.source,
from,-1,{at:0});const value=resolvePlain(index.source.slice(from,index.end[key]));return value===null?"":String(value)}isMerge(key){const{index}=this;const from=index.
firstCharacter(key);return index.kind[key]===1&&index.end[key]===from+2&&index.source.startsWith("<<",from)}resolve(node){return this.index.target?.get(node)??node}position(offset){
this.lineStarts??=lineStarts(this.index.source);return positionIn(this.lineStarts,offset)}};var DUPLICATE_KEY="duplicated mapping key";function readValidYaml(text,limits){const odd=ODD_CHARACTER.exec(text);if(odd)return{reason:"a control character or l\
ine separator",offset:odd.index};const reader=new Reader(text,limits);let data2;try{data2=reader.document()}catch(error){if(error instanceof Refusal)return{reason:error.
message,offset:error.offset};throw error}const{index}=reader;return{data:data2,locator:new IndexLocator(index),rootAt:index.count>0?index.firstCharacter(0):0}}var ODD_CHARACTER=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;
var Refusal=class extends Error{constructor(message,offset){super(message);this.offset=offset}offset};var CORE_TAGS=new Set(["!!str","!!int","!!float","!!bool",
"!!null","!!map","!!seq"]);var ANCHOR_NAME=/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;var ENDS_NAME=/[ \t\r\n,[\]{}]/;var MAX_KEY_LENGTH=1024;var SPACE=32;var TAB=9;var NEWLINE=10;
var RETURN=13;var HASH=35;var COLON=58;var DASH2=45;var COMMA=44;var NONE={at:-1};var Reader=class{constructor(text,limits){this.text=text;this.index=new NodeIndex(
text,limits);knownKeys.fill(void 0)}text;index;pos=0;depth=0;flowDepth=0;quotedEnd={at:0};anchored;merged;items=[];document(){const{text}=this;let at=this.skipToContent(
0);if(text.charCodeAt(at)===37){at=this.versionDirective(at);if(!this.isMarker(at,DASH2))throw new Refusal("a directive without a document start marker",at)}if(this.
isMarker(at,DASH2))at=this.nextLine(at+3);let data2=null;if(at<text.length&&!this.isMarker(at,46)){data2=this.root(at);at=this.skipToContent(this.pos)}if(this.isMarker(
at,46))at=this.nextLine(at+3);if(at<text.length)throw new Refusal(this.isMarker(at,DASH2)?"several documents":"text after the document ends",at);return data2}versionDirective(at){
const end=at+"%YAML 1.2".length;if(this.text.slice(at,end)!=="%YAML 1.2"||!this.endsToken(end))throw new Refusal("a directive other than %YAML 1.2",at);return this.
nextLine(end)}root(at){const c=this.text.charCodeAt(at);const column=this.column(at);if(c===91||c===123){const value=this.flowCollection(at,-1,NONE);this.restOfLine(
this.pos);return value}if(this.isDash(at))return this.blockSequence(at,column,NONE);const colon=this.keyAhead(at);if(colon>=0)return this.blockMapping(at,colon,
column,NONE);throw new Refusal("a document that is neither a mapping nor a list",at)}blockMapping(at,colon,indent,properties){const{text}=this;const id=this.openedCollection(
at,properties,"!!map");const mapping={};for(;;){const key=this.key(at,-1,colon);this.pos=colon+1;this.set(mapping,key,this.blockValue(indent,false),at);at=this.
skipToContent(this.pos);if(at>=text.length)break;const column=this.column(at);if(column<indent||column===0&&(this.isMarker(at,DASH2)||this.isMarker(at,46)))break;
if(column>indent)throw new Refusal("a line indented past the keys of its mapping",at);if(this.isDash(at))break;colon=this.keyAhead(at);if(colon<0)throw new Refusal(
"a line in a mapping that is not a key",at)}return this.closedCollection(mapping,3,properties,id)}blockSequence(at,indent,properties){const{text}=this;const id=this.
openedCollection(at,properties,"!!seq");const{items}=this;const first=items.length;for(;;){this.pos=at+1;items.push(this.blockValue(indent,true));at=this.skipToContent(
this.pos);if(at>=text.length)break;const column=this.column(at);if(column<indent)break;if(column>indent)throw new Refusal("a line indented past the items of its\
 list",at);if(!this.isDash(at))break}return this.closedCollection(this.listFrom(first),2,properties,id)}blockValue(indent,item){const{text}=this;const start=this.
pos;let at=skipBlanks(text,start);if(item&&(text.charCodeAt(at)===38||text.charCodeAt(at)===33)&&this.tabBefore(at))throw new Refusal("a tab before properties i\
n a list item",at);const properties=this.properties(at);if(properties.at>=0)at=this.pos;const c=text.charCodeAt(at);if(!(at>=text.length||c===NEWLINE||c===RETURN||
c===HASH))return this.inlineNode(at,indent,item,properties);const next=this.skipToContent(at);if(next<text.length&&!this.isMarker(next,DASH2)&&!this.isMarker(next,
46)){const column=this.column(next);if(column>indent||column===indent&&!item&&this.isDash(next)){if(this.isDash(next))return this.blockSequence(next,column,properties);
const colon=this.keyAhead(next);return colon>=0?this.blockMapping(next,colon,column,properties):this.node(next,indent,properties,false)}}if(properties.tag!==void 0&&
properties.tag!=="!!null"&&properties.tag!=="!!str")throw new Refusal("a tag that does not fit its node",properties.at);const value=properties.tag==="!!str"?"":
null;const id=this.index.empty(start,properties.anchor);this.pos=at;return this.kept(value,properties.anchor,id)}inlineNode(at,indent,item,properties){if(item&&
properties.at<0){if(this.isDash(at))throw new Refusal("a list opened on its parent's dash line",at);const colon=this.keyAhead(at);if(colon>=0){if(this.tabBefore(
at))throw new Refusal("a tab before a mapping in a list item",at);return this.blockMapping(at,colon,this.column(at),NONE)}}else if(item&&this.keyAhead(at)>=0)throw new Refusal(
"properties before a key",properties.at);return this.node(at,indent,properties,false)}node(at,indent,properties,flow){const{text}=this;const c=text.charCodeAt(at);
const from=properties.at>=0?properties.at:at;let value;if(c===91||c===123)value=this.flowCollection(at,indent,properties);else if(c===42)value=this.alias(at,properties);else if(c===
34||c===39){const written=readQuoted(text,at,indent,this.quotedEnd);if(written===void 0)throw new Refusal("a quoted scalar with an error",at);this.pos=this.quotedEnd.
at;if(flow)this.checkAfterQuote(this.pos);value=this.scalar(from,this.pos,written,false,properties)}else if(!flow&&(c===124||c===62)){const block=readBlockScalar(
text,at,indent);if(!block)throw new Refusal("a block scalar read otherwise by YAML parsers",at);value=this.scalar(from,lineEnd(text,at),block.value,false,properties);
this.pos=block.end;return value}else{const written=this.plain(at,indent,flow);return this.scalar(from,this.pos,written,true,properties)}if(!flow)this.restOfLine(
this.pos);return value}scalar(from,end,written,plain,properties){const{tag}=properties;const value=tag===void 0?plain?resolvePlain(written):written:resolveTagged(
tag,written);if(value===void 0)throw new Refusal("a tag that does not fit its node",properties.at);const id=this.index.scalar(from,end,typeof value==="string"?value.
length:end-from,properties.anchor);return this.kept(value,properties.anchor,id)}plain(at,indent,flow){const{text}=this;this.checkPlainStart(at,flow);let value="";
for(let from=at;;){const end=this.textEnd(from,flow);const stop=text.charCodeAt(end);if(stop===COLON&&!flow)throw new Refusal("a colon that makes a value a key",
end);let last=end;while(isBlank(text.charCodeAt(last-1)))last--;value+=text.slice(from,last);this.pos=last;if(stop!==NEWLINE&&stop!==RETURN)return value;let blanks=-1;
let line=end;let next=end;while(text.charCodeAt(next)===NEWLINE||text.charCodeAt(next)===RETURN){blanks++;line=next=text.charCodeAt(next)===RETURN?next+2:next+1;
while(text.charCodeAt(next)===SPACE)next++}const c=text.charCodeAt(next);const indented=next-line>indent;if(next>=text.length||c===HASH||(flow?isFlowIndicator(c):
!indented||c===TAB))return value;if(!indented)throw new Refusal("a line of a flow collection not indented past its parent",next);if(this.isMarker(line,DASH2)||this.
isMarker(line,46))throw new Refusal("a document marker inside a flow collection",line);if((c===DASH2||c===63||c===COLON)&&this.endsToken(next+1)||flow&&(c===COLON||
c===TAB||"&*!|>'\"%@`".includes(text[next])))throw new Refusal("a line of a plain scalar that starts with an indicator",next);value+=blanks===0?" ":"\n".repeat(
blanks);from=next}}checkPlainStart(at,flow){const c=this.text[at];if(",[]{}#&*!|>'\"%@`".includes(c))throw new Refusal("a value that starts with an indicator",at);
if(c==="-"||c==="?"||c===":"){const d=this.text[at+1];if(d===void 0||d===" "||d==="\n"||d==="\r"||d==="	"||flow&&",[]{}".includes(d))throw new Refusal("a value \
that starts with an indicator",at)}}keyAhead(at){const{text}=this;const c=text.charCodeAt(at);if(c===34||c===39){if(readQuoted(text,at,-1,this.quotedEnd)===void 0||
spansLines(text,at,this.quotedEnd.at))return-1;const end2=skipBlanks(text,this.quotedEnd.at);return text.charCodeAt(end2)===COLON&&this.endsToken(end2+1)?end2:-1}
if(c===91||c===123||c===38||c===33||c===42||c===124||c===62||c===HASH)return-1;const end=this.textEnd(at,false);return text.charCodeAt(end)===COLON?end:-1}textEnd(at,flow){
const{text}=this;for(;at<text.length;at++){const c=text.charCodeAt(at);if(c===NEWLINE||c===RETURN||c===HASH&&isBlank(text.charCodeAt(at-1)))break;if(c===COLON&&
(this.endsToken(at+1)||flow&&isFlowIndicator(text.charCodeAt(at+1))))break;if(flow&&isFlowIndicator(c))break}return at}endsToken(at){const c=this.text.charCodeAt(
at);return at>=this.text.length||c===SPACE||c===TAB||c===NEWLINE||c===RETURN}key(at,indent,colon){const{text}=this;const c=text.charCodeAt(at);let end=colon;let key;
if(c===34||c===39){const name=readQuoted(text,at,indent,this.quotedEnd);end=this.quotedEnd.at;if(name===void 0||spansLines(text,at,end))throw new Refusal("a quo\
ted key that spans lines",at);if(colon<0)this.checkAfterQuote(end);key=name}else{if(colon<0)end=this.plainFlowKey(at);else{this.checkPlainStart(at,false);while(isBlank(
text.charCodeAt(end-1)))end--}key=this.knownKey(at,end)}if(end-at>MAX_KEY_LENGTH)throw new Refusal("a key too long to be implicit",at);this.index.scalar(at,end,
key===MERGE?2:key.length,void 0);this.pos=end;return key}knownKey(at,end){const{text}=this;const slot=(end-at)*31+text.charCodeAt(at)*7+text.charCodeAt(end-1)&knownKeys.
length-1;const known=knownKeys[slot];if(known!==void 0&&known.length===end-at&&text.startsWith(known,at))return known;const written=text.slice(at,end);const value=written===
"<<"?MERGE:resolvePlain(written);if(value===null)throw new Refusal("a key that reads as null",at);if(value===written)knownKeys[slot]=written;return typeof value===
"string"||value===MERGE?value:String(value)}flowCollection(at,indent,properties){const{text,index}=this;const isMapping2=text.charCodeAt(at)===123;const close=isMapping2?
125:93;const closing=this.flowDepth++===0?close:-1;const id=this.openedCollection(at,properties,isMapping2?"!!map":"!!seq");const mapping=isMapping2?{}:void 0;const{
items}=this;const first=items.length;let p=at+1;for(;;){p=this.flowSpace(p,indent,closing);if(text.charCodeAt(p)===close)break;if(mapping){const keyAt=p;const key=this.
key(p,indent,-1);p=skipBlanks(text,this.pos);let emptyAt=keyAt;if(text.charCodeAt(p)===COLON){emptyAt=p+1;p=this.flowSpace(p+1,indent,closing)}else if(text.charCodeAt(
p)!==COMMA&&text.charCodeAt(p)!==close)throw new Refusal("a flow mapping entry without a colon",p);let value=null;if(text.charCodeAt(p)===COMMA||text.charCodeAt(
p)===close)index.empty(emptyAt,void 0);else{value=this.flowNode(p,indent);p=this.pos}this.set(mapping,key,value,keyAt)}else{items.push(this.flowNode(p,indent));
p=skipBlanks(text,this.pos);if(text.charCodeAt(p)===COLON)throw new Refusal("a pair in a flow list",p)}p=this.flowSpace(p,indent,closing);const c=text.charCodeAt(
p);if(c===COMMA)p++;else if(c!==close)throw new Refusal("a flow collection that is not closed",p)}this.flowDepth--;this.pos=p+1;return this.closedCollection(mapping??
this.listFrom(first),mapping?3:2,properties,id)}flowNode(at,indent){const properties=this.properties(at);if(properties.at<0)return this.node(at,indent,properties,
true);const c=this.text.charCodeAt(this.pos);if(c===NEWLINE||c===RETURN||c===HASH)throw new Refusal("properties at the end of a line in a flow collection",this.
pos);return this.node(this.pos,indent,properties,true)}plainFlowKey(at){const{text}=this;this.checkPlainStart(at,true);const end=this.textEnd(at,true);let last=end;
while(isBlank(text.charCodeAt(last-1)))last--;const stop=text.charCodeAt(end);if(stop===NEWLINE||stop===RETURN||stop===HASH||end>=text.length){const next=this.flowSpace(
end,-1);const c=text.charCodeAt(next);if(!(c===COMMA||c===93||c===125||c===COLON))throw new Refusal("a key that spans lines in a flow collection",next)}return last}checkAfterQuote(at){
const c=this.text.charCodeAt(at);if(!(this.endsToken(at)||c===COLON||c===COMMA||c===93||c===125))throw new Refusal("text right after a closing quote",at)}flowSpace(at,indent,closing=-1){
const{text}=this;for(;;){const c=text.charCodeAt(at);if(c===SPACE||c===TAB)at++;else if(c===NEWLINE||c===RETURN){at=c===RETURN?at+2:at+1;let spaces=at;while(text.
charCodeAt(spaces)===SPACE)spaces++;const d=text.charCodeAt(spaces);const blank=d===NEWLINE||d===RETURN||spaces>=text.length;if(spaces-at<=indent&&!blank&&!(spaces-
at===indent&&d===closing))throw new Refusal("a line of a flow collection not indented past its parent",spaces);if(this.isMarker(at,DASH2)||this.isMarker(at,46))
throw new Refusal("a document marker inside a flow collection",at);at=spaces}else if(c===HASH){const before=text.charCodeAt(at-1);if(before!==SPACE&&before!==TAB&&
before!==NEWLINE)throw new Refusal("a comment not separated by a space",at);at=lineEnd(text,at)}else if(at>=text.length)throw new Refusal("a flow collection tha\
t is not closed",at);else return at}}alias(at,properties){const{text}=this;if(properties.at>=0)throw new Refusal("properties on an alias",properties.at);let end=at+
1;while(end<text.length&&!ENDS_NAME.test(text[end]))end++;const name=text.slice(at+1,end);const target=this.index.anchorNode(name);if(target===void 0)throw new Refusal(
"an alias to no anchor",at);this.index.alias(at,end,name);this.pos=end;return this.anchored?.get(target)}properties(at){const{text}=this;let c=text.charCodeAt(at);
if(c!==38&&c!==33)return NONE;const properties={at};while(c===38||c===33){let end=at+1;while(end<text.length&&!ENDS_NAME.test(text[end]))end++;const token=text.
slice(at,end);if(c===38){if(properties.anchor!==void 0||!ANCHOR_NAME.test(token.slice(1)))throw new Refusal("an anchor name parsers read otherwise",at);properties.
anchor=token.slice(1)}else{if(properties.tag!==void 0||!CORE_TAGS.has(token))throw new Refusal("a tag other than the core ones",at);properties.tag=token}if(!this.
endsToken(end))throw new Refusal("a property not followed by a space",end);at=skipBlanks(text,end);c=text.charCodeAt(at)}this.pos=at;return properties}openedCollection(at,properties,tag){
if(++this.depth>MAX_NESTING)throw new Refusal("nesting too deep",at);if(properties.tag!==void 0&&properties.tag!==tag)throw new Refusal("a tag that does not fit\
 its node",properties.at);return this.index.opened(properties.at>=0?properties.at:at,properties.anchor)}set(data2,key,value,at){if(key!==MERGE){if(Object.hasOwn(
data2,key)&&!this.merged?.get(data2)?.delete(key))throw new Refusal(DUPLICATE_KEY,at);define(data2,key,value);return}if(this.merged?.has(data2))throw new Refusal(
"two merge keys in one mapping",at);const merged=new Set;(this.merged??=new Map).set(data2,merged);for(const source of Array.isArray(value)?value:[value]){if(source===
null||typeof source!=="object"||Array.isArray(source))throw new Refusal("a merge key given something other than a mapping",at);for(const name of Object.keys(source)){
if(Object.hasOwn(data2,name))continue;define(data2,name,source[name]);merged.add(name)}}}listFrom(first){const{items}=this;const list2=items.slice(first);items.
length=first;return list2}closedCollection(value,kind,properties,id){this.index.closedCollection(this.pos,kind,properties.anchor);this.depth--;return this.kept(
value,properties.anchor,id)}kept(value,anchor,id){if(anchor!==void 0)(this.anchored??=new Map).set(id,value);return value}column(at){return at-(this.text.lastIndexOf(
"\n",at-1)+1)}isDash(at){return this.text.charCodeAt(at)===DASH2&&this.endsToken(at+1)}isMarker(at,marker){return this.text.charCodeAt(at)===marker&&(at===0||this.
text.charCodeAt(at-1)===NEWLINE)&&isDocumentMarker(this.text,at)}tabBefore(at){for(let c=this.text.charCodeAt(--at);isBlank(c);c=this.text.charCodeAt(--at))if(c===
TAB)return true;return false}skipToContent(at){const{text}=this;let lineStart=at===0||text.charCodeAt(at-1)===NEWLINE;for(;;){const c=text.charCodeAt(at);if(c===
SPACE)at++;else if(c===NEWLINE||c===RETURN){at++;lineStart=true}else if(c===HASH){const before=text.charCodeAt(at-1);if(at>0&&before!==SPACE&&before!==TAB&&before!==
NEWLINE)throw new Refusal("a comment not separated by a space",at);at=lineEnd(text,at)}else if(c===TAB&&!lineStart)at++;else if(c===TAB)throw new Refusal("a tab\
 in indentation",at);else return at}}nextLine(at){this.restOfLine(at);return this.skipToContent(this.pos)}restOfLine(at){const{text}=this;const from=at;while(isBlank(
text.charCodeAt(at)))at++;const c=text.charCodeAt(at);if(!(at>=text.length||c===NEWLINE||c===RETURN||c===HASH&&at>from))throw new Refusal("text after a value on\
 its line",at);this.pos=at}};var knownKeys=new Array(512).fill(void 0);var MERGE=Symbol("<<");function define(data2,name,value){if(name==="__proto__")Object.defineProperty(
data2,name,{value,enumerable:true,writable:true,configurable:true});else data2[name]=value}function spansLines(text,from,to){for(let at=from;at<to;at++)if(text.
charCodeAt(at)===NEWLINE)return true;return false}function isBlank(c){return c===SPACE||c===TAB}function isFlowIndicator(c){return c===COMMA||c===91||c===93||c===
123||c===125}var MIN_EXPANDED_NODES=2e5;var MIN_EXPANDED_CHARS=1024*1024;var EXPANDED_CHARS_PER_CHAR=10;var MAX_EXPANDED_CHARS=50*1024*1024;var MAX_EXPLAINED_NODES=1e5;function expansionLimits(length){
return{nodes:MIN_EXPANDED_NODES+length,chars:Math.min(MAX_EXPANDED_CHARS,MIN_EXPANDED_CHARS+EXPANDED_CHARS_PER_CHAR*length)}}function parseYaml(text,file){const limits=expansionLimits(
text.length);const problemAt=(ruleId,messageId,offset,params)=>({ruleId,severity:"major",messageId,...params?{params}:{},file,...positionIn(lineStarts(text),offset)});
const refused=problem=>({data:void 0,problems:[problem],locator:nowhere});let read2;try{read2=readValidYaml(text,limits)}catch(error){if(error instanceof ExpansionLimitReached)
return refused(problemAt("yaml-alias-limit","load.aliasLimit",error.offset));throw error}if("data"in read2){if(isMapping(read2.data))return{data:read2.data,problems:[],
locator:read2.locator};if(isBlank2(text))return refused(problemAt("yaml-empty","load.empty",0));return refused(problemAt("yaml-not-mapping","load.notMapping",read2.
rootAt))}const deep=tooDeepAt(text);if(deep>=0)return refused(problemAt("yaml-too-deep","load.tooDeep",deep,{flow:MAX_FLOW_DEPTH,indent:MAX_BLOCK_INDENT}));if(roughNodeCount(
text)>MAX_EXPLAINED_NODES){const duplicate=read2.reason===DUPLICATE_KEY;return refused(duplicate?problemAt("yaml-duplicate-key","load.DUPLICATE_KEY",read2.offset):
problemAt("yaml-syntax","load.notReadLarge",read2.offset,{detail:readerReason(read2.reason)}))}const explained=explainYaml(text,file,limits);const problems=explained.
problems.map(wordedInEveryLanguage);if(explained.expandsTooFar!==void 0)return{data:void 0,problems:[...problems,problemAt("yaml-alias-limit","load.aliasLimit",
explained.expandsTooFar)],locator:nowhere};return{data:explained.data,problems,locator:explained.locator??nowhere}}function wordedInEveryLanguage(problem){const{
code:code2,detail,...params}=problem.params??{};if(typeof code2!=="string")return problem;return{...problem,params:{...params,detail:englishAndOurs(String(detail),
`load.yamlError.${code2}`)}}}function readerReason(reason){return englishAndOurs(reason,`load.readerReason.${reason.toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(
/^-|-$/g,"")}`)}function englishAndOurs(english2,key){return localized((t,lang)=>lang==="en"?english2:t(hasMessage(key)?key:"load.yamlError.other"))}var nowhere={
locate:()=>({line:1,column:1}),sourceText:()=>void 0};function isMapping(data2){return data2!==null&&typeof data2==="object"&&!Array.isArray(data2)}function isBlank2(text){
return/^(?:\s|#[^\n]*|%[^\n]*|---|\.\.\.)*$/.test(text)}function roughNodeCount(text){let count=1;for(let i=0;i<text.length;i++){const c=text.charCodeAt(i);if(c===
10||c===44||c===58)count++}return count}init_read_source();var import_fastest_levenshtein=__toESM(require_mod(),1);init_translate();function displayPath(pointer){return parsePointer(pointer).map((s,i)=>/^\d+$/.test(s)?`[${s}]`:i===0?s:`.${s}`).join("")}function describeSchemaError(error,file,locator){
const pointer=error.instancePath;const base={severity:"major",file};const path2=pointer===""?localized(t=>t("schema.root")):codeList([displayPath(pointer)]);const at=(messageId,params,where=pointer,atKey=false,ruleId="\
schema")=>({...base,ruleId,messageId,params:{path:path2,...params},pointer:where,atKey});switch(error.keyword){case"required":{const property=String(error.params.
missingProperty);return at("schema.required",{property},pointer,true)}case"additionalProperties":{const property=String(error.params.additionalProperty);const known=Object.
keys(error.parentSchema?.properties??{});const hint=suggestion(property,known);const messageId=hint?"schema.additionalProperty.suggest":"schema.additionalProper\
ty";return at(messageId,{property,suggestion:hint},`${pointer}/${property}`,true)}case"enum":{const allowed=error.params.allowedValues.map(String);const value=String(
error.data);if(error.schemaPath.startsWith("#/$defs/requirementId")){const hint=suggestion(value,allowed);return at(hint?"schema.unknownRequirement.suggest":"sc\
hema.unknownRequirement",{value,suggestion:hint})}if(error.schemaPath.startsWith("#/$defs/clauseId"))return at("schema.unknownClause",{value});if(error.schemaPath.
includes("/businessCategories/"))return at("schema.unknownCategory",{value},pointer,false,"scope-category-unknown");return at("schema.enum",{value,allowed:codeList(
allowed)})}case"type":{const expected=String(error.params.type);const tag=tagThatMade(error.data);if(tag!==void 0)return at("schema.tagged",{tag});const written=locator.
sourceText(pointer);if(expected==="string"&&written!==void 0&&typeof error.data!=="object")return at("schema.quote",{written});const typed=["string","array","ob\
ject","integer","boolean","number"].includes(expected);return at(typed?`schema.type.${expected}`:"schema.type.other",{expected})}case"format":return at("schema.\
date",{value:String(error.data)});case"pattern":return at("schema.pattern",{value:String(error.data),pattern:String(error.params.pattern)});case"minLength":return at(
"schema.empty",{});case"minimum":return at("schema.minimum",{limit:Number(error.params.limit)});case"uniqueItems":return at("schema.duplicateItem",{first:Number(
error.params.j),second:Number(error.params.i)},`${pointer}/${error.params.i}`);case"anyOf":return at(pointer.startsWith("/waivers/")?"schema.waiverTarget":"sche\
ma.exclusionTarget",{},pointer,true);default:return at("schema.other",{detail:error.message??error.keyword})}}function tagThatMade(value){if(value instanceof Date)
return"!!timestamp";if(value instanceof Uint8Array)return"!!binary";if(value instanceof Set)return"!!set";if(value instanceof Map)return"!!omap";return void 0}function suggestion(value,candidates){
if(candidates.length===0)return"";const best=(0,import_fastest_levenshtein.closest)(value,candidates);return editDistanceIsSmall(value,best)?best:""}function editDistanceIsSmall(a,b){
return(0,import_fastest_levenshtein.distance)(a,b)<=Math.max(2,Math.floor(a.length/3))}function loadValidators(){return require_sms_validator()}var MAX_SCHEMA_PROBLEMS=100;var compiled;function validators(){compiled??=loadValidators();return compiled}function validateSms(data2,file,locator){return problemsOf(
validators().sms,data2,file,locator)}function validateDocument(data2,file,locator){return problemsOf(validators().document,data2,file,locator)}function validateGapAssessment(data2,file,locator){
return problemsOf(validators().gapAssessment,data2,file,locator)}function problemsOf(validate2,data2,file,locator){if(validate2(data2))return[];const problems=significantErrors(
validate2.errors??[]).map(error=>describeSchemaError(error,file,locator));if(problems.length<=MAX_SCHEMA_PROBLEMS)return problems;const rest=problems.length-MAX_SCHEMA_PROBLEMS;
return[...problems.slice(0,MAX_SCHEMA_PROBLEMS),{...problems[MAX_SCHEMA_PROBLEMS],ruleId:"schema",messageId:"schema.more",params:{count:rest}}]}function significantErrors(errors){
const seen=new Set;const kept=[];for(const error of errors){if(/\/anyOf\/\d+\//.test(error.schemaPath))continue;const perProperty=error.keyword==="required"||error.
keyword==="additionalProperties";const key=perProperty?`${error.instancePath}|${JSON.stringify(error.params)}`:error.instancePath;if(seen.has(key))continue;seen.
add(key);kept.push(error)}return kept}init_regular_file();var MAX_FILE_BYTES=1024*1024;function discoverDocuments(patterns,root,evidenceRoot,shownRoot,smsFile,locateSms){const discovery={documents:[],
sources:[],problems:[],evidenceRead:new Map};const seen=new Set;let rootInside;const inEvidenceRoot=()=>rootInside??=realInside(evidenceRoot,root);const rootFromEvidenceRoot=(0,import_node_path5.relative)(
evidenceRoot,root);patterns.forEach((pattern,index)=>{const pointer=`/documentSources/${index}`;const at=(ruleId,messageId,severity2,params={})=>({ruleId,severity:severity2,
messageId:`rule.${ruleId}.${messageId}`,params:{pattern,...params},file:smsFile,pointer,...locateSms.locate(pointer)});if(pattern.startsWith("/")||pattern.split(
/[\\/]/).includes("..")){discovery.problems.push(at("document-source-outside-root","outside","major"));return}const glob=compileGlob(pattern);if(typeof glob==="\
string"){const limits={length:MAX_PATTERN_LENGTH,wildcards:MAX_WILDCARDS,alternatives:MAX_ALTERNATIVES};discovery.problems.push(at("document-source-unsupported",
glob,"minor",limits));return}const files=globFiles(glob,root).filter(file=>file.endsWith(".md")||file.endsWith(".markdown"));if(files.length===0)discovery.problems.
push(at("document-source-empty","empty","minor"));for(const file of files){if(seen.has(file))continue;seen.add(file);readDocument(root,rootFromEvidenceRoot,file,
import_node_path5.posix.join(shownRoot.split("\\").join("/"),file),discovery,inEvidenceRoot)}});return discovery}function readDocument(root,rootFromEvidenceRoot,relativePath,shown,discovery,inEvidenceRoot){
const problem=(ruleId,messageId,position,severity2="major")=>({ruleId,severity:severity2,messageId,params:{file:relativePath.split("\\").join("/")},file:shown,...position});
const path2=(0,import_node_path5.join)(root,relativePath);const bytes=readMarkdown(path2);if(typeof bytes==="string"){discovery.problems.push(problem("front-mat\
ter-missing",`rule.front-matter-missing.${bytes}`,{line:1,column:1}));return}const{text}=decode(bytes,shown);const block=frontMatter(text);if(!block){discovery.
problems.push(problem("front-matter-missing","rule.front-matter-missing.missing",{line:1,column:1},"minor"));return}const parsed=parseYaml(block.text,shown);const locator=new ShiftedLocator(
parsed.locator,block.firstLine-1);const shift=p=>({...p,file:shown,line:(p.line??1)+block.firstLine-1});if(parsed.data===void 0){discovery.problems.push(...parsed.
problems.map(shift));return}const invalid2=validateDocument(parsed.data,shown,locator).map(p=>({...p,file:shown,...locator.locate(p.pointer??"",p.atKey)}));if(invalid2.
length>0){discovery.problems.push(...invalid2);return}const document=parsed.data;const fromRoot=(0,import_node_path5.join)(rootFromEvidenceRoot,relativePath);const evidence=fromRoot.
split("\\").join("/");discovery.documents.push({...document,evidence:document.evidence??evidence});if(document.evidence===void 0&&document.sha256===void 0&&staysInside(
fromRoot)&&inEvidenceRoot())discovery.evidenceRead.set(evidence,{state:"ok"});discovery.sources.push({file:shown,locator:new ShiftedLocator(locatorOnDemand(block.
text,shown),block.firstLine-1)})}function locatorOnDemand(text,file){let locator;const made=()=>locator??=parseYaml(text,file).locator;return{locate:(pointer,atKey)=>made().
locate(pointer,atKey),sourceText:pointer=>made().sourceText(pointer)}}function readMarkdown(path2){let opened2;try{opened2=openRegularFile(path2,{followLinks:false})}catch{
return"unreadable"}if(opened2.kind==="not-a-file")return"unreadable";try{if(opened2.size>MAX_FILE_BYTES)return"tooLarge";return readUpTo(opened2.fd,MAX_FILE_BYTES,
opened2.size)??"tooLarge"}catch{return"unreadable"}finally{(0,import_node_fs8.closeSync)(opened2.fd)}}function frontMatter(text){const lines=[];for(let start=0;start<=
text.length;){const next=text.indexOf("\n",start);const end=next<0?text.length:next;const line=text.slice(start,end>start&&text[end-1]==="\r"?end-1:end);const marker=line.
trimEnd();if(start===0){if(marker!=="---")return void 0}else if(marker==="---"||marker==="...")return{text:lines.join("\n")+"\n",firstLine:2};else lines.push(line);
start=end+1}return void 0}var ShiftedLocator=class{constructor(inner,lines){this.inner=inner;this.lines=lines}inner;lines;locate(pointer,atKey){const{line,column}=this.
inner.locate(pointer,atKey);return{line:line+this.lines,column}}sourceText(pointer){return this.inner.sourceText(pointer)}};function realInside(root,folder){try{
return isInside(import_node_fs8.realpathSync.native(root),import_node_fs8.realpathSync.native(folder))}catch{return false}}init_rules();var import_node_path6=require("node:path");init_read_source();function validateGapAssessmentFile(file,cwd,maxBytes,given){const source=given??readSource(file,(0,import_node_path6.resolve)(cwd,file),maxBytes);const parsed=parseYaml(
source.text,file);const read2={file,text:source.text,locator:parsed.locator};const problems=[...source.problems,...parsed.problems].map(p=>({...p,file}));if(parsed.
data===void 0||problems.some(p=>p.severity==="major"))return{...read2,problems};const schemaProblems=validateGapAssessment(parsed.data,file,parsed.locator).map(
p=>({...p,file}));if(schemaProblems.length>0)return{...read2,problems:[...problems,...schemaProblems]};return{...read2,assessment:parsed.data,problems}}var import_node_path7=require("node:path");init_read_source();function validateFile(file,cwd,maxBytes=DEFAULT_MAX_BYTES,given,options={}){const source=given??readSource(file,(0,import_node_path7.resolve)(cwd,file),maxBytes);
const parsed=parseYaml(source.text,file);const problems=[...source.problems,...parsed.problems];const blocked=problems.some(p=>p.severity==="major");if(parsed.data===
void 0||blocked)return{file,text:source.text,problems,locator:parsed.locator};if(options.gapAssessments&&isGapAssessment(parsed.data)){problems.push(...validateGapAssessment(
parsed.data,file,parsed.locator));return{file,text:source.text,problems,locator:parsed.locator}}const schemaProblems=validateSms(parsed.data,file,parsed.locator);
problems.push(...schemaProblems);const sms=schemaProblems.length===0?parsed.data:void 0;return{file,text:source.text,sms,problems,locator:parsed.locator}}function isGapAssessment(data2){
return typeof data2==="object"&&data2!==null&&"assessment"in data2&&"items"in data2&&!("organization"in data2)}var import_node_path8=require("node:path");function filesReadByCheck(reads){const{cwd}=reads;const given=[reads.smsFromDisk?reads.smsFile:void 0,reads.gapAssessment,
reads.previousAssessment].flatMap(file=>file===void 0?[]:[(0,import_node_path8.resolve)(cwd,file)]);const gapFolder=reads.gapAssessment===void 0?cwd:(0,import_node_path8.dirname)(
(0,import_node_path8.resolve)(cwd,reads.gapAssessment));return[...given,...markdownDocuments(reads),...opened(reads.evidence,reads.root),...opened(reads.gapIndex?.
files??new Map,gapFolder)]}function markdownDocuments({cwd,smsFile,discovered}){if(!discovered)return[];const sms=(0,import_node_path8.resolve)(cwd,smsFile);const files=new Set(
[...discovered.sources.map(source=>source.file),...discovered.problems.flatMap(problem=>problem.file===void 0?[]:[problem.file])]);return[...files].map(file=>(0,import_node_path8.resolve)(
cwd,file)).filter(path2=>path2!==sms)}function opened(facts,folder){return[...facts].filter(([,fact])=>fact.state==="ok").map(([path2])=>(0,import_node_path8.resolve)(
folder,path2))}var import_node_path9=require("node:path");init_read_source();init_errors();function readPreviousAssessment(file,cwd,maxBytes){const source=readSource(file,(0,import_node_path9.resolve)(cwd,file),maxBytes);if(source.text.trimStart().startsWith(
"{"))return fromJsonReport(source.text,file);const validated=validateGapAssessmentFile(file,cwd,maxBytes,source);if(!validated.assessment){const first=validated.
problems[0];throw new InputError("cli.badPreviousAssessment",{file,line:first?.line??1,column:first?.column??1})}return ratingsAt(validated.assessment)}function fromJsonReport(text,file){
let gap;try{gap=JSON.parse(text).gapAssessment}catch{gap=void 0}if(!gap||typeof gap.date!=="string"||!Array.isArray(gap.items))throw new InputError("cli.previou\
sNotAssessment",{file});return{date:gap.date,ratings:new Map(gap.items.map(item=>[String(item.clause),item.status])),actions:new Map((gap.actions??[]).map(action=>[
String(action.id),action.status]))}}var package_default=JSON.parse('{"name":"iso20k","version":"0.1.0","description":"How far is an IT service provider from ISO/IEC 20000-1:2018 certification? Val\
idate, check and report on a YAML description of its service management system.","license":"Apache-2.0","author":"iso20k contributors","homepage":"https://githu\
b.com/iso20k/iso20k#readme","repository":{"type":"git","url":"git+https://github.com/iso20k/iso20k.git"},"bugs":{"url":"https://github.com/iso20k/iso20k/issues"\
},"keywords":["iso20000","iso-20000-1","itsm","service-management","compliance","audit","gap-analysis","certification","sarif","junit"],"type":"module","bin":{"\
iso20k":"bin/iso20k.cjs"},"files":["bin","dist","schemas","templates","examples"],"engines":{"node":">=20.19"},"scripts":{"bundle":"node scripts/build.mjs","sch\
ema":"node scripts/build.mjs && node bin/iso20k.cjs schema > schemas/sms.schema.json && node bin/iso20k.cjs schema gap-assessment > schemas/gap-assessment.schem\
a.json && node bin/iso20k.cjs rules --format markdown > docs/rules.md","typecheck":"tsc --noEmit","pretest":"node scripts/build.mjs && tsc --noEmit","test":"vit\
est run","demo":"node bin/iso20k.cjs check examples/ready/sms.yaml --as-of 2026-11-21 && node bin/iso20k.cjs check examples/early-stage/sms.yaml --as-of 2026-11\
-21 --fail-on none","bench":"node scripts/build.mjs && node scripts/bench.mjs","smoke":"node scripts/smoke.mjs"},"devDependencies":{"@types/node":"^20.19.43","a\
ctionlint":"^2.0.6","ajv":"^8.20.0","ajv-cli":"^5.0.0","ajv-draft-04":"^1.0.0","ajv-formats":"^3.0.1","axe-core":"^4.14.1","chalk":"^5.6.2","commander":"^14.0.3\
","date-fns":"^4.4.0","esbuild":"^0.28.2","fast-check":"^4.10.2","fast-xml-parser":"^5.12.1","fastest-levenshtein":"^1.0.16","handlebars":"^4.7.10","inquirer":"\
^12.11.1","playwright-core":"^1.65.1","typescript":"5.9","vitest":"^4.1.12","xmllint-wasm":"^5.3.0","yaml":"^2.9.1","yaml-language-server":"~1.25.0"}}');var TOOL={name:"iso20k",version:package_default.version};function runCheck(file,options){const validated=validateFile(file,options.cwd,options.maxBytes,options.source);const root=resolveRoot(options.cwd,file,options.root);
const discovered=validated.sms?.documentSources&&discover(validated,file,options.cwd,root);const sms=discovered?{...validated.sms,documents:[...validated.sms.documents,
...discovered.documents]}:validated.sms;const index=sms?new SmsIndex(sms):void 0;const evidence=index?inspectEvidence(index.evidenceReferences(),root,discovered?.
evidenceRead):new Map;const previous=options.previousAssessment===void 0?void 0:readPreviousAssessment(options.previousAssessment,options.cwd,options.maxBytes);
const gap=options.gapAssessment===void 0?void 0:{...loadGapAssessment(options.gapAssessment,options.cwd,options.maxBytes),previous};const invalidInputs=[...discovered?.
problems??[],...gap?.problems??[]].filter(p=>categoryOf(p.ruleId)==="invalid").length;const assessment=index&&assess(index,{catalog,rules:RULES,asOf:options.asOf,
evidence,invalidInputs,gap:gap?.index});const report=buildCheckReport({validated,assessment,discovered,catalog,lang:options.lang,asOf:options.asOf,tool:TOOL,baseline:options.
baseline,gap});const filesRead=()=>filesReadByCheck({cwd:options.cwd,smsFile:file,smsFromDisk:options.source===void 0,root,discovered,evidence,gapAssessment:options.
gapAssessment,gapIndex:gap?.index,previousAssessment:options.previousAssessment});return{validated,index,evidence,assessment,gapAssessment:gap?.index,report,filesRead}}
function loadGapAssessment(file,cwd,maxBytes){const validated=validateGapAssessmentFile(file,cwd,maxBytes);const placed=validated.problems.map(problem=>problem.
line!==void 0||problem.pointer===void 0?problem:{...problem,...validated.locator.locate(problem.pointer,problem.atKey)});if(!validated.assessment)return{problems:placed};
const files=inspectEvidence(citedFiles(validated.assessment),(0,import_node_path10.dirname)((0,import_node_path10.resolve)(cwd,file)));return{problems:placed,index:new GapAssessmentIndex(
file,validated.assessment,validated.locator,files)}}function discover(validated,file,cwd,root){const sms=validated.sms;const folder=(0,import_node_path10.dirname)(
(0,import_node_path10.resolve)(cwd,file));const found=discoverDocuments(sms.documentSources??[],folder,root,(0,import_node_path10.dirname)(file),file,validated.
locator);return{...found,firstIndex:sms.documents.length}}function resolveRoot(cwd,file,root){const folder=root===void 0?(0,import_node_path10.dirname)((0,import_node_path10.resolve)(
cwd,file)):(0,import_node_path10.resolve)(cwd,root);if(root!==void 0&&(!(0,import_node_fs9.existsSync)(folder)||!(0,import_node_fs9.statSync)(folder).isDirectory()))
throw new InputError("cli.badRoot",{root});return folder}init_translate();init_errors();var import_node_fs13=require("node:fs");var import_node_path12=require("node:path");var import_node_fs11=require("node:fs");var import_node_util=require("node:util");var import_node_path11=require("node:path");var import_node_fs10=require("node:fs");var SIGNALS=["SIGINT","SIGTERM"];var live=new Set;var listening=false;function trackTemporary(path2){live.add(path2);if(listening)
return;for(const signal of SIGNALS)process.on(signal,removeTemporariesAndStop);listening=true}function untrackTemporary(path2){live.delete(path2)}function removeTemporariesAndStop(signal){
for(const path2 of live){try{(0,import_node_fs10.rmSync)(path2,{force:true})}catch{}}live.clear();for(const each of SIGNALS)process.removeListener(each,removeTemporariesAndStop);
listening=false;if(process.listenerCount(signal)===0)process.kill(process.pid,signal)}var randomSuffix=()=>Math.floor(Math.random()*2**48).toString(16).padStart(12,"0");function writeFileAtomic(path2,content){const plan=planWrite(path2);const fd=openTemporary(
plan);let closed=false;try{(0,import_node_fs11.writeFileSync)(fd,content);(0,import_node_fs11.fsyncSync)(fd);(0,import_node_fs11.closeSync)(fd);closed=true;(0,import_node_fs11.renameSync)(
plan.temporary,plan.path)}catch(error){if(!closed)closeQuietly(fd);(0,import_node_fs11.rmSync)(plan.temporary,{force:true});throw error}finally{untrackTemporary(
plan.temporary)}syncFolder((0,import_node_path11.dirname)(plan.path))}async function writeFileAtomicAsync(path2,content){const plan=planWrite(path2);const fd=openTemporary(
plan);let closed=false;try{await(0,import_node_util.promisify)(import_node_fs11.writeFile)(fd,content);await(0,import_node_util.promisify)(import_node_fs11.fsync)(
fd);(0,import_node_fs11.closeSync)(fd);closed=true;await(0,import_node_util.promisify)(import_node_fs11.rename)(plan.temporary,plan.path)}catch(error){if(!closed)
closeQuietly(fd);(0,import_node_fs11.rmSync)(plan.temporary,{force:true});throw error}finally{untrackTemporary(plan.temporary)}syncFolder((0,import_node_path11.dirname)(
plan.path))}function planWrite(path2){const existing=statIfAny(path2);const target=existing?(0,import_node_fs11.realpathSync)(path2):path2;(0,import_node_fs11.mkdirSync)(
(0,import_node_path11.dirname)(target),{recursive:true});return{path:target,temporary:(0,import_node_path11.join)((0,import_node_path11.dirname)(target),`.${(0,import_node_path11.basename)(
target)}.${randomSuffix()}.tmp`),existing}}function openTemporary(plan){const mode=plan.existing?plan.existing.mode&511:438;const fd=(0,import_node_fs11.openSync)(
plan.temporary,"wx",mode);trackTemporary(plan.temporary);try{if(plan.existing)keepModeAndOwner(fd,plan.existing)}catch(error){closeQuietly(fd);(0,import_node_fs11.rmSync)(
plan.temporary,{force:true});untrackTemporary(plan.temporary);throw error}return fd}function keepModeAndOwner(fd,existing){(0,import_node_fs11.fchmodSync)(fd,existing.
mode&511);if(process.getuid?.()===0&&(existing.uid!==0||existing.gid!==0))(0,import_node_fs11.fchownSync)(fd,existing.uid,existing.gid)}function statIfAny(path2){
try{return(0,import_node_fs11.statSync)(path2)}catch{return void 0}}function closeQuietly(fd){try{(0,import_node_fs11.closeSync)(fd)}catch{}}function syncFolder(folder){
if(process.platform==="win32")return;try{const fd=(0,import_node_fs11.openSync)(folder,"r");try{(0,import_node_fs11.fsyncSync)(fd)}finally{(0,import_node_fs11.closeSync)(
fd)}}catch{}}var import_node_fs12=require("node:fs");function fileIdentity(path2){try{return identityOf((0,import_node_fs12.statSync)(path2,{bigint:true}))}catch{return void 0}}
function descriptorIdentity(fd){try{return identityOf((0,import_node_fs12.fstatSync)(fd,{bigint:true}))}catch{return void 0}}function identityOf(stats){return`${stats.
dev}:${stats.ino}`}init_errors();function checkOutputPath(io,output,inputs){if(output===void 0)return void 0;if(namesFolder(output))throw new InputError("output.endsWithSlash",{file:output});
const target=(0,import_node_path12.resolve)(io.cwd,output);refuseFilesRead([{file:output,target}],()=>inputs.map(input=>(0,import_node_path12.resolve)(io.cwd,input)));
const folder=nearestExisting((0,import_node_path12.dirname)(target));if(!(0,import_node_fs13.statSync)(folder).isDirectory())throw new InputError("output.notAFo\
lder",{file:output,folder:(0,import_node_path12.relative)(io.cwd,folder)||"."});if((0,import_node_fs13.existsSync)(target)&&(0,import_node_fs13.statSync)(target).
isDirectory())throw new InputError("output.isDirectory",{file:output});return target}function refuseFilesRead(outputs,filesRead){const existing=new Map;for(const{
file,target}of outputs){const identity=target===void 0?void 0:fileIdentity(target);if(identity!==void 0)existing.set(identity,file??target)}if(existing.size===0)
return;for(const path2 of filesRead()){const identity=fileIdentity(path2);const clash=identity===void 0?void 0:existing.get(identity);if(clash!==void 0)throw new InputError(
"output.isInput",{file:clash})}}function namesFolder(output){const separators=process.platform==="win32"?"[\\\\/]":"/";return new RegExp(`${separators}\\.{0,2}$`).
test(output)}function nearestExisting(folder){let current=folder;while(!(0,import_node_fs13.existsSync)(current)&&(0,import_node_path12.dirname)(current)!==current)
current=(0,import_node_path12.dirname)(current);return current}async function writeOutput(io,target,content){if(target===void 0){io.stdout.write(content);return}
try{const stream=standardStreamAt(io,target);if(stream)stream.write(content);else if(isSpecialFile(target))(0,import_node_fs13.writeFileSync)(target,content);else
await writeFileAtomicAsync(target,content)}catch(error){const reason=error.code??"error";throw new InputError("output.cannotWrite",{file:target,reason})}}function standardStreamAt(io,target){
const identity=fileIdentity(target);if(identity===void 0)return void 0;return[io.stdout,io.stderr].find(stream=>stream.fd!==void 0&&descriptorIdentity(stream.fd)===
identity)}function isSpecialFile(target){try{return!(0,import_node_fs13.statSync)(target).isFile()}catch{return false}}function collectFormat(value,previous){return[...previous,value]}function parseOutputs(io,specs,output,inputs){const given=specs.length===0?["stylish"]:specs;const outputs=given.
map(spec=>{const colon=spec.indexOf(":");const format=colon<0?spec:spec.slice(0,colon);const file=colon<0?void 0:spec.slice(colon+1);if(!Object.hasOwn(checkFormatters,
format))throw new InputError("cli.badFormat",{value:spec,formats:codeList(Object.keys(checkFormatters))});if(file==="")throw new InputError("cli.emptyFormatFile",
{value:spec});return{format,file}});const toStdout=outputs.filter(o=>o.file===void 0);if(toStdout.length>1)throw new InputError("cli.twoOnStdout",{formats:codeList(
toStdout.map(o=>o.format))});if(output!==void 0){if(toStdout.length===0)throw new InputError("cli.outputUnused",{file:output});toStdout[0].file=output}const targets=new Map;
return outputs.map(({format,file})=>{const target=checkOutputPath(io,file,inputs);if(target!==void 0){if(targets.has(target))throw new InputError("cli.sameOutpu\
t",{file,formats:codeList([targets.get(target),format])});targets.set(target,format)}return{format,file,target}})}init_read_source();init_errors();var STDIN="-";var STDIN_NAME="<stdin>";function readStdinSource(io,shown,maxBytes){if(io.stdinIsTTY===true)throw new InputError(
"cli.stdinIsTerminal");const bytes=io.readStdin===void 0?new Uint8Array:io.readStdin(maxBytes);if(bytes===void 0)throw new InputError("cli.stdinTooLarge",{file:shown,
limit:maxBytes});return{file:shown,...decode(bytes,shown)}}function registerCheck(program2,context){return program2.command("check").description("find the gaps between an SMS and ISO/IEC 20000-1:2018, score each clause \
and give the stage 1 verdict").argument("<file...>","SMS descriptions (sms.yaml), each judged on its own; - reads one from standard input").option("--as-of <dat\
e>","the day to judge dates against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)").option("--root <dir>","folder evidence paths are relative to (default: t\
he file's folder); CI formats name files from here").addOption(new Option("--fail-on <grade>","exit 1 when a finding is at or above this grade").choices([...SEVERITIES,
"none"]).default("major")).option("--fail-on-new","with --baseline, exit 1 only for new findings").addOption(new Option("--min-grade <grade>","stylish output li\
sts only findings at or above this grade and says how many it hides (prerequisites and invalid input count as major); counts, verdict, exit code and other forma\
ts keep every finding").choices(SEVERITIES).default("observation")).option("-f, --format <format[:file]>",`output format, repeatable; with :file it writes that \
file, as in --format github --format sarif:iso20k.sarif (${Object.keys(checkFormatters).join(", ")}; default: stylish)`,collectFormat,[]).option("-o, --output <\
file>","write the format that names no file here instead of to stdout (the folder is made if missing)").option("-q, --quiet","print nothing when the check passe\
s; when it fails, only the findings that fail it (files get everything)").option("--stdin-filename <path>","with -, the name to show for standard input; evidenc\
e paths are relative to its folder").addOption(new Option("--lang <lang>","language of messages").choices(LANG_CHOICES).default(context.lang)).option("--baselin\
e <file>","an earlier --format json output: mark findings new or unchanged, list the fixed ones").option("--assessment <file>","the consultant's gap assessment \
of this SMS (one SMS file): ratings, evidence seen and actions, cross-checked against the evidence").option("--previous-assessment <file>","with --assessment, a\
n earlier assessment (or its check --format json output): what improved, regressed and closed since").option("--max-size <megabytes>","refuse input files larger\
 than this",String(DEFAULT_MAX_SIZE_MB)).action(async(given,options)=>{const{io}=context;context.lang=options.lang;const asOf=resolveAsOf(options.asOf,io);if(options.
previousAssessment!==void 0&&options.assessment===void 0)throw new InputError("cli.previousNeedsAssessment");if(given.filter(file=>file===STDIN).length>1)throw new InputError(
"cli.twoStdin");const named=new Set;const files=given.filter(file=>{const path2=(0,import_node_path13.resolve)(io.cwd,file);if(file!==STDIN&&named.has(path2))return false;
named.add(path2);return true});if(files.length>1&&options.assessment!==void 0)throw new InputError("cli.assessmentNeedsOneFile");const onDisk=files.filter(file=>file!==
STDIN);const inputs=[...onDisk,...options.baseline?[options.baseline]:[],...options.assessment?[options.assessment]:[],...options.previousAssessment?[options.previousAssessment]:
[]];const outputs=parseOutputs(io,options.format,options.output,inputs);const maxBytes=parseMaxSize(options.maxSize);const baseline=options.baseline===void 0?void 0:
(await Promise.resolve().then(()=>(init_read_baseline(),read_baseline_exports))).readBaseline((0,import_node_path13.resolve)(io.cwd,options.baseline),options.baseline,
maxBytes);const runs=files.map(file=>{const fromStdin=file===STDIN;const shown=fromStdin?options.stdinFilename??STDIN_NAME:file;const source=fromStdin?readStdinSource(
io,shown,maxBytes):void 0;const findings=baseline&&baseline.findingsFor(shown,files.length);const run2=runCheck(shown,{cwd:io.cwd,asOf,lang:options.lang,root:options.
root,maxBytes,baseline:findings,source,gapAssessment:options.assessment,previousAssessment:options.previousAssessment});return{report:run2.report,filesRead:run2.
filesRead}});refuseFilesRead(outputs,()=>[...runs.flatMap(run2=>run2.filesRead()),...inputs.map(input=>(0,import_node_path13.resolve)(io.cwd,input))]);const reports=runs.
map(run2=>run2.report);const failing=reports.filter(report=>failed(report,options.failOn,options.failOnNew===true));const sourcePath=sourcePathFrom(io.cwd,options.
root);for(const{format,target}of outputs){const toStdout=target===void 0;if(toStdout&&options.quiet&&failing.length===0)continue;const shownReports=toStdout&&options.
quiet?failing.map(report=>failingOnly(report,options.failOn,options.failOnNew===true)):reports;const formatter=await checkFormatters[format]();const formatContext={
colour:colourFor(toStdout?io.stdout.isTTY:false,io.env),sourcePath,minGrade:options.minGrade};await writeOutput(io,target,files.length===1?formatter.render(shownReports[0],
formatContext):formatter.renderMany(shownReports,formatContext,reports))}context.setExitCode(failing.length>0?EXIT_FINDINGS:EXIT_OK)})}function failed(report,failOn,onlyNew){
if(!report.valid)return true;return report.findings.some(f=>failsRun(f,failOn,onlyNew))}function failsRun(finding,failOn,onlyNew){return failOn!=="none"&&atOrAbove(
finding.severity,failOn)&&(!onlyNew||finding.baseline!=="unchanged")}function failingOnly(report,failOn,onlyNew){if(!report.valid)return report;return{...report,
findings:report.findings.filter(f=>failsRun(f,failOn,onlyNew)),suppressed:[],fixed:void 0}}init_printable();var import_node_fs14=require("node:fs");var import_node_path14=require("node:path");init_catalog2();init_translate();init_prompter();init_errors();var string=(description,extra={})=>({type:"string",minLength:1,description,...extra});var date=description=>({$ref:"#/$defs/date",description});var path=description=>({
$ref:"#/$defs/evidencePath",description});var list=(description,items,extra={})=>({type:"array",description,items,...extra});var TITLE_WORDS={id:"ID",sms:"SMS",
sha256:"SHA-256"};function titleOf(key){const words2=key.split(/(?=[A-Z])/).map(word=>TITLE_WORDS[word.toLowerCase()]??word.toLowerCase());return words2.join(" ").
replace(/^./,first=>first.toUpperCase())}function object(description,properties,required3=[]){const titled=Object.fromEntries(Object.entries(properties).map(([key,
schema])=>[key,{title:titleOf(key),...schema}]));return{type:"object",description,additionalProperties:false,required:required3,properties:titled}}function markdownText(text){
return text.replace(/[\\`*_{}[\]<>#|]/g,"\\$&")}function describedEnum(values,plain,markdown2,description){return{type:"string",enum:values,description,enumDescriptions:plain,
markdownEnumDescriptions:markdown2}}function reportBlockSchema(){return object("How the reports present themselves (`iso20k report`): who prepared them, the client's logo, the report's version, it\
s confidentiality marking and distribution. Flags of `iso20k report` override these.",{preparedBy:string("Who prepared the report: the consultant or auditor, an\
d their firm."),logo:string("The client's logo for the cover: a PNG, JPEG or SVG file of at most 512 KB, relative to this file's folder. It is embedded in the r\
eport."),version:string(`The report's own version, e.g. "1.0". Quote it: 1.10 unquoted is the number 1.1.`),confidentiality:string('The confidentiality marking \
printed on the cover and on every page, e.g. "Confidential".'),distribution:list("Who receives the report, one name or role each.",{type:"string",minLength:1})})}var GAP_ASSESSMENT_SCHEMA_ID=`https://raw.githubusercontent.com/iso20k/iso20k/v${package_default.version}/schemas/gap-assessment.schema.json`;var SCALE=[["not-a\
ssessed","Not assessed yet: no judgement (counts as a gap in the analysis, not in the SMS)."],["not-addressed","Not addressed: nothing is in place (a major nonc\
onformity)."],["initial","Initial: some practice exists, ad hoc and not defined (a major nonconformity)."],["inconsistent","Defined but applied inconsistently (\
a minor nonconformity)."],["conforming","Conforming: defined, applied and evidenced (cite the evidence)."],["not-applicable","Not applicable to this SMS (say wh\
y in the note)."]];function buildGapAssessmentSchema(catalog2){const items=catalog2.assessmentItems();const title=clause=>catalog2.clause(clause)?.title.en??clause;
return{$schema:"https://json-schema.org/draft/2020-12/schema",$id:GAP_ASSESSMENT_SCHEMA_ID,title:"iso20k gap assessment",...object("A consultant's or internal a\
uditor's gap assessment of one SMS against ISO/IEC 20000-1:2018: a rating per clause and process, the evidence seen, and the remediation plan. Generated from th\
e iso20k catalogue; do not edit by hand.",{assessment:object("Who assessed which SMS, and when.",{sms:string("The SMS description assessed, relative to this fil\
e."),assessor:string("Who made the assessment (name and role)."),date:date("Day the assessment was made or last updated.")},["assessor","date"]),items:list("One\
 entry per assessed clause; a clause left out counts as not assessed.",{$ref:"#/$defs/item"}),actions:list("The remediation plan.",{$ref:"#/$defs/action"}),report:reportBlockSchema()},
["assessment","items"]),$defs:{item:object("The rating of one clause or process.",{clause:describedEnum(items.map(i=>i.clause),items.map(i=>`${title(i.clause)}:\
 ${i.question.en}`),items.map(i=>`**${markdownText(title(i.clause))}**: ${markdownText(i.question.en)}`),"A clause that is assessed on its own: a leaf clause of\
 4 to 10, each clause 8 process among them."),status:describedEnum(SCALE.map(([value])=>value),SCALE.map(([,help])=>help),SCALE.map(([,help])=>markdownText(help)),
"How far the organisation conforms."),evidence:list("What the assessor saw.",{$ref:"#/$defs/evidence"}),note:string("What was found, in a sentence or two."),assessor:string(
"Who rated this item, when not the assessment's assessor."),date:date("Day this item was rated, when not the assessment's date.")},["clause","status"]),evidence:{
description:"One piece of evidence: a document or record id of the SMS file, a file, an interview or an observation.",oneOf:[object("A document of the SMS file,\
 by id.",{document:string("The document's id in the SMS file.")},["document"]),object("A register, audit, review or nonconformity of the SMS file, by id.",{record:string(
"Its id in the SMS file.")},["record"]),object("A file, relative to this file's folder.",{file:string("Path of the file.")},["file"]),object("An interview.",{interview:object(
"Who was interviewed, and when.",{role:string("The interviewee's role."),name:string("The interviewee's name."),date:date("Day of the interview.")},["role","dat\
e"])},["interview"]),object("Something the assessor observed.",{observation:string("What was observed.")},["observation"])]},action:object("One step of the reme\
diation plan.",{id:{type:"string",pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$",description:"Action id, unique in the file."},action:string("What is to be done."),owner:string(
"Who answers for it."),due:date("Day it is due."),status:{enum:[...ACTION_STATUSES],description:"Where it stands."},items:list("Clauses of the assessed items it\
 closes.",{type:"string",enum:items.map(i=>i.clause)},{uniqueItems:true}),requirements:list("Catalogue requirement ids whose findings it closes.",{type:"string",
enum:catalog2.requirements().map(r=>r.id)},{uniqueItems:true})},["id","action","due","status"]),date:{type:"string",format:"date",description:"A calendar date, \
YYYY-MM-DD."}}}}init_options();var EXIT_INTERRUPTED=130;function registerAssess(program2,context){return program2.command("assess").description("run the gap assessment as an interview, clause\
 by clause, saving each answer (resumes where it stopped)").argument("<file>","SMS description (sms.yaml)").option("-o, --output <file>","the gap assessment fil\
e (default: gap-assessment.yaml beside the SMS file)").option("--clause <id>","only this clause and its sub-clauses, e.g. 8.6; asks again about those already ra\
ted").option("--assessor <name>","who assesses, for a new file (asked when missing)").option("--as-of <date>","the day of the interview, YYYY-MM-DD (default: to\
day)").addOption(new Option("--lang <lang>","language of the questions").choices(LANG_CHOICES).default(context.lang)).option("--max-size <megabytes>","refuse in\
put files larger than this",String(DEFAULT_MAX_SIZE_MB)).action(async(file,options)=>{context.lang=options.lang;context.setExitCode(await runAssess(context.io,file,
options))})}async function runAssess(io,file,options){const t=printableTranslate(translator(options.lang));const[{GapFile:GapFile2},{runInterview:runInterview2}]=await Promise.
all([Promise.resolve().then(()=>(init_gap_file(),gap_file_exports)),Promise.resolve().then(()=>(init_interview(),interview_exports))]);const today=resolveAsOf(options.
asOf,io);const maxBytes=parseMaxSize(options.maxSize);if(options.clause!==void 0&&!catalog.clause(options.clause))throw new InputError("cli.unknownClause",{clause:options.
clause});const output=options.output??(0,import_node_path14.join)((0,import_node_path14.dirname)(file),"gap-assessment.yaml");const target=checkOutputPath(io,output,
[file]);if(!io.prompter&&!io.stdinIsTTY)throw new InputError("assess.needsTerminal");const run2=runCheck(file,{cwd:io.cwd,asOf:today,lang:options.lang,maxBytes});
if(!run2.index)throw new InputError("assess.smsInvalid",{file});const index=run2.index;const gap=(0,import_node_fs14.existsSync)(target)?openGapFile(output,io.cwd,
maxBytes,GapFile2):void 0;const prompter=io.prompter??await(await Promise.resolve().then(()=>(init_inquirer_prompter(),inquirer_prompter_exports))).createInquirerPrompter(
t);const say=line=>io.stdout.write(`${line}
`);let document;let ratings;try{if(gap)({document,ratings}=gap);else{const assessor=options.assessor??(await prompter.input({name:"assessor",message:t("assess.a\
sk.assessor"),validate:v=>v.trim()===""?t("assess.invalid.empty"):true})).trim();document=GapFile2.create({sms:(0,import_node_path14.relative)((0,import_node_path14.dirname)(
target),(0,import_node_path14.resolve)(io.cwd,file)).split("\\").join("/"),assessor,date:today},t("assess.file.comment"),GAP_ASSESSMENT_SCHEMA_ID);ratings=new Map}}catch(error){
if(error instanceof PromptCancelled)return EXIT_INTERRUPTED;throw error}const items=itemsToAsk(options.clause,ratings);if(items.length===0){say(t("assess.nothin\
gLeft",{file:output}));return EXIT_OK}const requirementState=new Map(run2.report.requirements.map(r=>[r.id,r]));const known=item=>item.requirements.flatMap(id=>{
const status=requirementState.get(id);if(!status||status.state==="not-applicable")return[];return[{requirement:id,title:status.title,state:status.state,documents:status.
satisfiedBy.filter(s=>index.hasDocument(s)),records:status.satisfiedBy.filter(s=>!index.hasDocument(s))}]});say(t("assess.start",{count:items.length,file:output}));
let rated=0;try{rated=await runInterview2({prompter,t,lang:options.lang,catalog,items,current:clause=>ratings.get(clause),known,today,nextActionId:()=>document.
nextActionId(),say,save:(rating,action)=>{document.setItem(rating);if(action)document.addAction(action);document.setDate(today);ratings.set(rating.clause,rating);
save(target,document)}})}catch(error){if(!(error instanceof PromptCancelled))throw error;io.stderr.write(`iso20k: ${t("assess.interrupted",{file:output})}
`);return EXIT_INTERRUPTED}if(!(0,import_node_fs14.existsSync)(target))save(target,document);say(t("assess.done",{count:rated,file:output,command:nextCommand(file,
output)}));return EXIT_OK}function openGapFile(file,cwd,maxBytes,Gap){const validated=validateGapAssessmentFile(file,cwd,maxBytes);if(!validated.assessment){const first=validated.
problems[0];throw new InputError("assess.gapInvalid",{file,line:first?.line??1,column:first?.column??1})}return{document:Gap.parse(validated.text),ratings:new Map(
validated.assessment.items.map(item=>[item.clause,item]))}}function itemsToAsk(clause,ratings){const all=catalog.assessmentItems();if(clause!==void 0)return all.
filter(item=>catalog.isWithin(item.clause,clause));return all.filter(item=>(ratings.get(item.clause)?.status??"not-assessed")==="not-assessed")}function save(target,document){
try{writeFileAtomic(target,document.toString())}catch(error){throw new InputError("output.cannotWrite",{file:target,reason:error.code??"error"})}}function nextCommand(file,output){
return`iso20k check ${file} --assessment ${output}`}init_printable();var import_node_fs16=require("node:fs");var import_node_path16=require("node:path");init_catalog2();init_translate();init_build_sms();init_formats();init_prompter();var import_node_fs15=require("node:fs");var import_node_path15=require("node:path");init_formats();var PROCESS_DOCUMENTS="sms-processes";var HAN=new RegExp("\\p{Script=Han}","u");var CJK=/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
var LATIN_FOLDS={catalogue:"catalog",programme:"program",organisation:"organization",organisational:"organizational",licence:"license",process:"procedure",processes:"\
procedure"};var CJK_FOLDS=[[/\u6d41\u7a0b|\u5236\u5ea6|\u529e\u6cd5|\u89c4\u8303|\u89c4\u7a0b|\u7ec6\u5219/g,"\u7A0B\u5E8F"],[/\u653f\u7b56|\u7b56\u7565/g,"\u65B9\u9488"],[/\u5185\u5ba1/g,"\u5185\u90E8\u5BA1\u6838"],
[/\u7ba1\u8bc4/g,"\u7BA1\u7406\u8BC4\u5BA1"],[/\u4f9b\u5e94\u5546/g,"\u4F9B\u65B9"],[/\u987e\u5ba2/g,"\u5BA2\u6237"],[/\u670d\u52a1\u6c34\u5e73|\u670d\u52a1\u7b49\u7ea7/g,"\u670D\u52A1\u7EA7\u522B"],[/\u4fe1\u606f\u6280\u672f/g,
"it"]];var SERVICE_PREFIX=/^(?:\u670d\u52a1|service )/;var KIND_WORDS={procedure:["\u7A0B\u5E8F","\u4F5C\u4E1A\u6307\u5BFC\u4E66","\u6307\u5BFC\u4E66","\u6307\u5357",
"\u6307\u5F15","procedure","instruction","guideline","sop"],policy:["\u65B9\u9488","policy"],plan:["\u8BA1\u5212","\u65B9\u6848","\u89C4\u5212","plan","program",
"strategy"],manual:["\u624B\u518C","manual","handbook"],agreement:["\u534F\u8BAE","\u5408\u540C","agreement","contract","sla","ola"],record:["\u8BB0\u5F55","\u65E5\u5FD7",
"\u53F0\u8D26","\u767B\u8BB0","\u62A5\u544A","\u7EAA\u8981","\u5DE5\u5355","\u62A5\u8868","\u6708\u62A5","\u5468\u62A5","\u7EDF\u8BA1","\u8C03\u67E5","log","rep\
ort","minute","register","record","ticket","export","survey","result","tracker","note","statistic"]};var KIND_OF=new Map(Object.entries(KIND_WORDS).flatMap(([kind,
words2])=>words2.map(w=>[w,kind])));var KIND_PATTERN=new RegExp([...[...KIND_OF.keys()].filter(w=>CJK.test(w)).sort((a,b)=>b.length-a.length),`(?<![a-z0-9])(?:${[
...KIND_OF.keys()].filter(w=>!CJK.test(w)).join("|")})(?![a-z0-9])`].join("|"),"gu");var FILLERS=new RegExp(`\u7BA1\u7406 ?(?=${[...KIND_OF.keys()].filter(w=>CJK.
test(w)).join("|")})|(?<![a-z0-9])management (?=(?:${[...KIND_OF.keys()].filter(w=>!CJK.test(w)).join("|")})(?![a-z0-9]))`,"gu");var MONTHS="january|february|ma\
rch|april|may|june|july|august|september|october|november|december";var MONTH_DATES=[/(?<!\d)(?:19|20)\d{2}\s*\u5e74\s*\d{1,2}\s*\u6708(?:\s*\d{1,2}\s*[\u65e5\u53f7])?/gu,/(?<!\d)(?:19|20)\d{2}[-._/ ](?:0?[1-9]|1[0-2])(?:[-._/ ](?:0?[1-9]|[12]\d|3[01]))?(?!\d)/gu,
/(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?(?!\d)/gu,/(?<![\p{L}\p{N}])(?:q[1-4]|h[12])(?![\p{L}\p{N}])|\u7b2c?[\u4e00\u4e8c\u4e09\u56db1-4]\u5b63\u5ea6|[\u4e0a\u4e0b]\u534a\u5e74/gu,
new RegExp(`(?<![a-z])(?:${MONTHS})(?![a-z])`,"gu"),/(?<!\d)\d{1,2}\s*\u6708\u4efd?/gu];var YEARS=[/(?<!\d)(?:19|20)\d{2}\s*(?:\u5e74\u5ea6|\u5e74)?(?!\d)/gu,/(?<![\p{L}\p{N}])fy\s*\d{2,4}(?!\d)/gu];
var termCache=new WeakMap;function singular(word){if(word.length>4&&word.endsWith("ies"))return`${word.slice(0,-3)}y`;if(word.length>3&&word.endsWith("s")&&!/(?:ss|us|is)$/.
test(word))return word.slice(0,-1);return word}function canonicalText(text){let folded=text.normalize("NFKC").toLowerCase();for(const[pattern,replacement]of CJK_FOLDS)
folded=folded.replace(pattern,replacement);return folded.replace(/[^\p{L}\p{N}]+/gu," ").replace(/[a-z]+/g,word=>LATIN_FOLDS[word]??LATIN_FOLDS[singular(word)]??
singular(word)).trim()}function canonical(spaced){return{spaced,squeezed:spaced.replace(/ /g,"")}}function withoutFillers(spaced){return spaced.replace(FILLERS,
" ").replace(/ {2,}/g," ").trim()}function specific(spaced){const han=[...spaced].filter(c=>HAN.test(c)).length;return han>=4||han===0&&spaced.split(" ").length>=
2}function weightOf(text){let weight=0;for(const char of text)if(char!==" ")weight+=CJK.test(char)?2:1;return weight}function escapeRegExp(text){return text.replace(
/[.*+?^${}()|[\]\\]/g,"\\$&")}function phrase(text){return CJK.test(text)?{text:text.replace(/ /g,"")}:{text,pattern:new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(
text)}(?![\\p{Script=Latin}\\p{N}])`,"u")}}function occursIn(p,text){return p.pattern?p.pattern.test(text.spaced):text.squeezed.includes(p.text)}function term(label2,spaced){
if(spaced==="")return void 0;const loose=withoutFillers(spaced);return{label:label2,exact:phrase(spaced),...specific(loose)?{loose:phrase(loose)}:{}}}function weightIn(t,reading){
const exact=occursIn(t.exact,reading.exact)?weightOf(t.exact.text):0;const loose=t.loose&&occursIn(t.loose,reading.loose)?weightOf(t.loose.text):0;return Math.max(
exact,loose)}function topMostClauses(clauses,catalog2){return clauses.filter(c=>!clauses.some(other=>other!==c&&catalog2.isWithin(c,other)))}function termsOf(catalog2){
const cached=termCache.get(catalog2);if(cached)return cached;const keywords=[];for(const requirement of catalog2.requirements())for(const keyword of[...requirement.
keywords.en,...requirement.keywords["zh-CN"]]){const t=term(keyword,canonicalText(keyword));if(t)keywords.push({...t,requirement})}const names=[];const titled=id=>{
const clause=catalog2.clause(id);return clause?[[clause.title.en,[id]],[clause.title["zh-CN"],[id]]]:[]};for(const process4 of catalog2.legacyProcesses()){const clauses=topMostClauses(
process4.clauses,catalog2);names.push([process4.title.en,clauses],[process4.title["zh-CN"],clauses],...clauses.flatMap(titled))}for(const clause of catalog2.clauses())
if(catalog2.topLevelOf(clause.id)==="8"&&/ management$/i.test(clause.title.en))names.push(...titled(clause.id));const processes=[];for(const[label2,ids]of names){
const spaced=canonicalText(label2);const unprefixed=spaced.replace(SERVICE_PREFIX,"").trim();for(const form of unprefixed!==spaced&&specific(unprefixed)?[spaced,
unprefixed]:[spaced]){const t=term(label2,form);if(t)processes.push({...t,clauses:ids})}}const terms={keywords,processes};termCache.set(catalog2,terms);return terms}
function readName(text){let rest=text.normalize("NFKC").toLowerCase();let dated=false;for(const pattern of MONTH_DATES)rest=rest.replace(pattern,()=>{dated=true;
return" "});for(const pattern of YEARS)rest=rest.replace(pattern," ");const spaced=canonicalText(rest);let kind;for(const match of spaced.matchAll(KIND_PATTERN))
kind=KIND_OF.get(match[0]);return{exact:canonical(spaced),loose:canonical(withoutFillers(spaced)),kind,dated}}function hitsIn(terms,reading){return terms.flatMap(
t=>{const weight=weightIn(t,reading);return weight>0?[{...t,weight}]:[]})}function heaviest(hits){let best;for(const hit of hits)if(!best||hit.weight>best.weight)
best=hit;return best}function matchName2(text,catalog2){const reading=readName(text);const{keywords,processes}=termsOf(catalog2);const hits=hitsIn(keywords,reading);
const documents2=hits.filter(k=>k.requirement.kind==="document");const records2=hits.filter(k=>k.requirement.kind==="record");const byKeyword=k=>k&&{requirementId:k.
requirement.id,keyword:k.label,weight:k.weight};const byProcess=()=>{const p=heaviest(hitsIn(processes,reading));return p&&{requirementId:PROCESS_DOCUMENTS,keyword:p.
label,processes:p.clauses,weight:p.weight}};const kind=reading.kind??(reading.dated?"record":void 0);if(kind===void 0)return byKeyword(heaviest(hits))??byProcess();
if(kind==="record")return byKeyword(heaviest(records2)??heaviest(documents2));const document=byKeyword(heaviest(documents2))??byProcess();if(document)return document;
const record=heaviest(records2);if(!record)return void 0;if(kind==="plan")return byKeyword(record);return{requirementId:PROCESS_DOCUMENTS,keyword:record.label,processes:topMostClauses(
record.requirement.clauses,catalog2),weight:record.weight}}var SCAN_FILE_LIMIT=1e4;var HEADING_BYTES=64*1024;var MARKDOWN=new Set([".md",".markdown"]);function baseName(relativePath){const name=relativePath.split(/[\\/]/).
pop()??relativePath;const extension=(0,import_node_path15.extname)(name);return extension&&/[a-z]/i.test(extension)&&extension.length<=6?name.slice(0,-extension.
length):name}function matchRequirement(relativePath,heading,catalog2){const byName=matchName2(stripVersion(baseName(relativePath)),catalog2);const byHeading=heading===
void 0?void 0:matchName2(stripVersion(heading),catalog2);const best=byHeading&&(!byName||byHeading.weight>byName.weight)?byHeading:byName;if(!best)return void 0;
return{requirementId:best.requirementId,keyword:best.keyword,...best.processes?{processes:best.processes}:{},source:best===byName?"name":"heading"}}var VERSION_PATTERNS=[
/\u7248\u672c\s*[:\uff1a]?\s*[vV]?\s*(\d{1,3}(?:\.\d{1,3})*)/u,/(?<![\p{Script=Latin}\p{N}])v(?:er(?:sion)?)?\.?\s*(\d{1,3}(?:\.\d{1,3})*)(?![\p{Script=Latin}\p{N}])/iu,
/(?:^|[\s_-])(\d{1,2}(?:\.\d{1,3}){1,2})$/u];function guessVersion(name){const base=baseName(name);for(const pattern of VERSION_PATTERNS){const match=pattern.exec(
base);if(match)return match[1]}return void 0}function stripVersion(base){let stripped=base;for(const pattern of VERSION_PATTERNS)stripped=stripped.replace(pattern,
whole=>/^[\s_-]/.test(whole)?" ":"");return stripped}function titleFromFileName(relativePath){const base=baseName(relativePath);const title=stripVersion(base).replace(
/_+/g," ").replace(/[\s._-]+$/u,"").replace(/^[\s._-]+/u,"").replace(/\s{2,}/g," ");return title===""?base:title}function firstHeading(markdown2){for(const line of markdown2.
split(/\r?\n/)){const match=/^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);if(match)return match[1]}return void 0}function proposeFor(path2,evidence,heading,catalog2){
const match=matchRequirement(path2,heading,catalog2);if(!match)return void 0;const requirement=catalog2.requirement(match.requirementId);const version=guessVersion(
path2);const date3=dateInName(baseName(path2));return{path:path2,evidence,requirementId:requirement.id,kind:requirement.kind==="record"?"register":"document",title:match.
source==="heading"&&heading?heading:titleFromFileName(path2),...version?{version}:{},...match.processes?{processes:match.processes}:{},keyword:match.keyword,...date3?
{date:date3}:{}}}function scanFolder(folder,options){const limit=options.limit??SCAN_FILE_LIMIT;const root=(0,import_node_fs15.realpathSync)(folder);const result={
proposals:[],unmatched:[],files:0,capped:false};const pending=[root];while(pending.length>0){const current=pending.pop();const subfolders=[];for(const entry of sortedEntries(
current)){if(skipped(entry.name))continue;const path2=(0,import_node_path15.join)(current,entry.name);const kind=entryKind(entry,path2,root);if(kind==="folder")
subfolders.push(path2);if(kind!=="file")continue;if(result.files>=limit){result.capped=true;return result}result.files+=1;const fromRoot=toPosix((0,import_node_path15.relative)(
root,path2));const evidence=toPosix((0,import_node_path15.relative)(options.evidenceBase,(0,import_node_path15.join)(folder,fromRoot)));const heading=MARKDOWN.has(
(0,import_node_path15.extname)(entry.name).toLowerCase())?readHeading(path2):void 0;const proposal=proposeFor(fromRoot,evidence,heading,options.catalog);if(proposal)
result.proposals.push(proposal);else result.unmatched.push(evidence)}pending.push(...subfolders.reverse())}return result}function sortedEntries(folder){let entries2;
try{entries2=(0,import_node_fs15.readdirSync)(folder,{withFileTypes:true})}catch{return[]}return entries2.sort((a,b)=>a.name<b.name?-1:a.name>b.name?1:0)}function skipped(name){
return name.startsWith(".")||name==="node_modules"||name.startsWith("~$")}function entryKind(entry,path2,root){if(entry.isDirectory())return"folder";if(entry.isFile())
return"file";if(!entry.isSymbolicLink())return"other";try{const target=(0,import_node_fs15.realpathSync)(path2);if(!target.startsWith(root+import_node_path15.sep))
return"other";return(0,import_node_fs15.statSync)(target).isFile()?"file":"other"}catch{return"other"}}function readHeading(path2){let descriptor;try{descriptor=
(0,import_node_fs15.openSync)(path2,"r");const buffer=Buffer.alloc(HEADING_BYTES);const length=(0,import_node_fs15.readSync)(descriptor,buffer,0,HEADING_BYTES,0);
return firstHeading(buffer.subarray(0,length).toString("utf8"))}catch{return void 0}finally{if(descriptor!==void 0)(0,import_node_fs15.closeSync)(descriptor)}}function toPosix(path2){
return path2.split(import_node_path15.sep).join("/")}init_printable();init_formats();var AUDIT_RESULTS="internal-audit-results";var REVIEW_RESULTS="management-review-results";var ASKED_SEPARATELY=new Set([AUDIT_RESULTS,REVIEW_RESULTS]);var STATUSES=[
"draft","in-review","approved"];var DEFAULT_STATUS="draft";var PROCESS_CHOICE="process:";var HAN2=new RegExp("\\p{Script=Han}","u");var SECTIONS=["organization",
"scope","operation","documents"];async function runWizard(context){const{prompter:ask,t}=context;const draft={assigned:new Map,ticked:[],items:new Map};let answers={
...context.defaults,existing:[],unmatchedFiles:[...context.unmatched??[]]};for(const section of SECTIONS)answers=await askSection(context,section,answers,draft,
false);for(;;){const choice=await ask.select({name:"review",message:t("init.q.review",{summary:"{summary}"}).replace("{summary}",summary(answers,context)),choices:[
{value:"write",name:t("init.review.write")},...SECTIONS.map(s=>({value:s,name:t(`init.review.${s}`)}))],default:"write"});if(choice==="write")return answers;answers=
await askSection(context,choice,answers,draft,true)}}function defaultAnswers(defaults,proposals,unmatched2=[]){const reports=proposals.filter(p=>ASKED_SEPARATELY.
has(p.requirementId));return{...defaults,existing:[...defaults.existing,...proposals.filter(p=>!ASKED_SEPARATELY.has(p.requirementId)).map(fromProposal)],unmatchedFiles:[
...unmatched2,...reports.map(p=>p.evidence)]}}async function askSection(context,section,answers,draft,again){switch(section){case"organization":return{...answers,
organization:await askOrganization(context,answers,again)};case"scope":return{...answers,scope:await askScope(context,answers,again)};case"operation":return{...answers,
...await askOperation(context,answers)};case"documents":return{...answers,...await askDocuments(context,answers,draft)}}}async function askOrganization(context,answers,again){
const{prompter:ask,t,lang}=context;const given=answers.organization;const name=(await ask.input({name:"organization.name",message:t("init.q.orgName"),default:given.
name||void 0,validate:required2(t)})).trim();const chinese=lang==="zh-CN"||HAN2.test(name);const id=await ask.input({name:"organization.registrationId",message:t(
"init.q.registrationId"),default:given.registrationId,validate:value=>registrationValid(value,chinese,t)});const registrationId=id.trim()===""?void 0:readRegistrationId(
id,chinese).value;const sites=await askSites(context,given.sites,again);return{name,registrationId,sites}}async function askSites({prompter:ask,t},given,again){
let sites=[...given];if(again&&sites.length>0){const kept=await ask.checkbox({name:"sites.keep",message:t("init.q.keepSites"),choices:sites.map((site,index)=>({
value:index,name:printable([site.name,site.address].filter(Boolean).join(", ")),short:printable(site.name),checked:true}))});sites=kept.map(index=>sites[index])}
for(;;){const message=sites.length===0?t("init.q.firstSite"):t("init.q.nextSite");const name=(await ask.input({name:"site.name",message})).trim();if(name==="")return sites;
const address=(await ask.input({name:"site.address",message:t("init.q.siteAddress",{site:name})})).trim();const headcount=await ask.number({name:"site.headcount",
message:t("init.q.siteHeadcount",{site:name}),validate:positive(t)});sites.push({name,...address?{address}:{},...headcount!==void 0?{headcount}:{}})}}async function askScope(context,answers,again){
const{prompter:ask,t}=context;let statement;for(;;){statement=(await ask.input({name:"scope.statement",message:t("init.q.statement"),default:answers.scope.statement})).
trim()||void 0;if(statement!==void 0||await ask.confirm({name:"scope.statementEmpty",message:t("init.q.statementEmpty"),default:false}))break}const services=await askList(
context,"service.name",answers.scope.services,again?"services.keep":void 0,t("init.q.firstService"),t("init.q.nextService"));const businessCategories=await ask.
checkbox({name:"scope.businessCategories",message:t("init.q.categories"),choices:context.catalog.businessCategories().map(c=>({value:c.number,name:`${c.code}  ${c.
number}  ${c.name[context.lang]}`,short:c.number,checked:answers.scope.businessCategories.includes(c.number)}))});return{statement,services,businessCategories}}
async function askList({prompter:ask,t},name,given,keep,first,next){let items=[...given];if(keep&&items.length>0)items=await ask.checkbox({name:keep,message:t("\
init.q.keepServices"),choices:items.map(item=>({value:item,name:printable(item),checked:true}))});for(;;){const item=(await ask.input({name,message:items.length===
0?first:next})).trim();if(item==="")return items;if(!items.includes(item))items.push(item)}}async function askOperation({prompter:ask,t},answers){const startDate=parseDate2(
await ask.input({name:"sms.startDate",message:t("init.q.startDate"),default:answers.startDate,validate:date2(t)}));const representative=await ask.input({name:"s\
ms.managementRepresentative",message:t("init.q.representative"),default:answers.managementRepresentative});return{startDate,managementRepresentative:representative.
trim()||void 0}}async function askDocuments(context,answers,draft){const{proposals}=context;const kept=await askProposals(context,draft);const unplaced=[...proposals.
filter((_,index)=>!kept.includes(index)).map(p=>p.evidence),...context.unmatched??[]];const assigned=await askUnplaced(context,unplaced,draft);const found=[];const audits=[];
const reviews=[];for(const proposal of kept.map(index=>proposals[index])){if(proposal.requirementId===AUDIT_RESULTS)audits.push({evidence:proposal.evidence,date:proposal.
date});else if(proposal.requirementId===REVIEW_RESULTS)reviews.push({evidence:proposal.evidence,date:proposal.date});else found.push(fromProposal(proposal))}for(const[
file,choice]of assigned){if(choice===AUDIT_RESULTS)audits.push({evidence:file,date:dateInName(baseName(file))});else if(choice===REVIEW_RESULTS)reviews.push({evidence:file,
date:dateInName(baseName(file))});else found.push(fromAssignment(file,choice,context.catalog))}const ticked=await askExisting(context,new Set(found.map(item=>item.
requirementId)),draft);const existing=await askOwnersAndStatus(context,[...found,...ticked.map(r=>fromRequirement(r,context.lang))],draft);const internalAudit=await askHeld(
context,"internalAudit",audits,answers.internalAudit);const managementReview=await askHeld(context,"managementReview",reviews,answers.managementReview);const used=new Set(
[...existing.map(item=>item.evidence),internalAudit?.evidence,managementReview?.evidence]);const leftOver=[...unplaced.filter(file=>!assigned.has(file)),...[...audits,
...reviews].map(r=>r.evidence)].filter(file=>!used.has(file));return{existing,internalAudit,managementReview,unmatchedFiles:leftOver}}async function askProposals({
prompter:ask,t,catalog:catalog2,lang,proposals},draft){if(proposals.length===0)return[];const kept=await ask.checkbox({name:"scan.accept",message:t("init.q.scan\
Accept",{count:proposals.length}),choices:proposals.map((p,index)=>({value:index,name:`${printable(p.path)}  \u2192  ${proposalLabel(p,catalog2,lang,t)}${p.version?
`  (${printable(p.version)})`:""}`,short:p.path,checked:draft.kept?.includes(index)??true}))});draft.kept=kept;return kept}function proposalLabel(p,catalog2,lang,t){
if(p.processes)return t("init.q.processDocument",{process:p.processes.map(id=>catalog2.clause(id)?.title[lang]??id).join(t("init.summary.partSeparator"))});return catalog2.
requirement(p.requirementId)?.title[lang]??p.requirementId}async function askUnplaced(context,files,draft){const{prompter:ask,t}=context;const assigned=new Map;
if(files.length===0)return assigned;const ticked=await ask.checkbox({name:"scan.unmatched",message:t("init.q.scanUnmatched",{count:files.length}),choices:files.
map(file=>({value:file,name:printable(file),checked:Boolean(draft.assigned.get(file))}))});const choices=assignmentChoices(context);for(const file of ticked){const choice=await ask.
select({name:"scan.requirement",message:t("init.q.assign",{file}),choices,default:draft.assigned.get(file)??""});if(choice!=="")assigned.set(file,choice)}draft.
assigned=new Map(assigned);return assigned}function assignmentChoices({t,catalog:catalog2,lang}){const choices=[{value:"",name:t("init.q.assignNone"),short:t("i\
nit.q.assignNoneShort")}];choices.push({separator:`\u2500\u2500 ${t("init.q.processGroup")} \u2500\u2500`});for(const process4 of catalog2.legacyProcesses()){const label2=t(
"init.q.processDocument",{process:process4.title[lang]});choices.push({value:`${PROCESS_CHOICE}${process4.id}`,name:`${topMostClauses(process4.clauses,catalog2).
join(", ").padEnd(16)}${label2}`,short:label2})}for(const clause of catalog2.clauses().filter(c=>c.parent===null)){const inClause=catalog2.requirements().filter(
r=>catalog2.topLevelOf(r.clauses[0])===clause.id);if(inClause.length===0)continue;choices.push({separator:`\u2500\u2500 ${clause.id} ${clause.title[lang]} \u2500\u2500`});
for(const r of inClause)choices.push({value:r.id,name:`${r.clauses[0].padEnd(16)}${r.title[lang]}`,short:r.title[lang]})}return choices}async function askExisting({
prompter:ask,t,catalog:catalog2,lang},found,draft){const choices=[];for(const clause of catalog2.clauses().filter(c=>c.parent===null)){const inClause=catalog2.requirements().
filter(r=>catalog2.topLevelOf(r.clauses[0])===clause.id&&!ASKED_SEPARATELY.has(r.id)&&!found.has(r.id));if(inClause.length===0)continue;choices.push({separator:`\
\u2500\u2500 ${clause.id} ${clause.title[lang]} \u2500\u2500`});for(const r of[...inClause.filter(r2=>r2.mandatory),...inClause.filter(r2=>!r2.mandatory)])choices.
push({value:r.id,name:`${r.clauses[0].padEnd(8)}${r.title[lang]}${r.mandatory?"":`  ${t("init.q.recommended")}`}`,short:r.title[lang],checked:draft.ticked.includes(
r.id)})}const ids=await ask.checkbox({name:"documents.existing",message:t("init.q.existing"),choices});draft.ticked=ids;return ids.map(id=>catalog2.requirement(
id))}async function askOwnersAndStatus({prompter:ask,t,today},items,draft){let lastOwner;const answered=[];for(const item of items){const key=item.evidence??item.
requirementId;const before=draft.items.get(key);const label2=item.evidence?`${item.title} (${item.evidence})`:item.title;const owner=(await ask.input({name:`${item.
kind}.owner`,message:t("init.q.owner",{item:label2}),default:before?.owner??lastOwner})).trim()||void 0;lastOwner=owner??lastOwner;let answer={...item,owner};if(item.
kind==="document"){const status=await ask.select({name:"document.status",message:t("init.q.status",{item:label2}),choices:STATUSES.map(s=>({value:s,name:t(`init\
.status.${s}`)})),default:before?.status??item.status??DEFAULT_STATUS});answer={...answer,status};if(status==="approved"){const version=(await ask.input({name:"\
document.version",message:t("init.q.version",{item:label2}),default:before?.version??item.version})).trim();const approval=await ask.input({name:"document.appro\
valDate",message:t("init.q.approvalDate",{item:label2}),default:before?.approvalDate,validate:optionalDay(t,today)});answer={...answer,...version?{version}:{},...approval.
trim()?{approvalDate:parseDate2(approval)}:{}}}}draft.items.set(key,answer);answered.push(answer)}return answered}async function askHeld(context,name,files,before){
const{prompter:ask,t,today}=context;const texts=name==="internalAudit"?{held:"init.q.auditHeld",when:"init.q.auditDate",file:"init.q.auditReport"}:{held:"init.q\
.reviewHeld",when:"init.q.reviewDate",file:"init.q.reviewMinutes"};if(!await ask.confirm({name:`${name}.held`,message:t(texts.held),default:before!==void 0||files.
length>0}))return void 0;const dated=files.map(f=>f.date).find(d=>d!==void 0&&d<=today);const day=parseDate2(await ask.input({name:`${name}.date`,message:t(texts.
when),default:before?.date??dated,validate:heldBy(t,today)}));if(files.length===0)return{date:day};const evidence=await ask.select({name:`${name}.evidence`,message:t(
texts.file),choices:[...files.map(f=>({value:f.evidence,name:f.evidence})),{value:"",name:t("init.q.noFile")}],default:files.some(f=>f.evidence===before?.evidence)?
before?.evidence:files[0].evidence});return evidence?{date:day,evidence}:{date:day}}function summary(answers,{t,catalog:catalog2,lang}){const none=t("init.summa\
ry.none");const list2=items=>items.length>0?items.join(t("init.summary.listSeparator")):none;const{organization:organization2,scope:scope2}=answers;const sites=organization2.
sites.map(s=>[s.name,s.address,s.headcount===void 0?void 0:t("init.summary.headcount",{count:s.headcount})].filter(Boolean).join(t("init.summary.partSeparator")));
const categories=scope2.businessCategories.map(n=>`${n} ${catalog2.businessCategory(n)?.name[lang]??""}`.trim());const documents2=answers.existing.filter(i=>i.kind===
"document").map(i=>t("init.summary.document",{title:i.title,status:t(`init.status.${i.status??DEFAULT_STATUS}`)}));const registers=answers.existing.filter(i=>i.
kind==="register").map(i=>i.title);const held=h=>h===void 0?t("init.summary.notHeld"):h.evidence?t("init.summary.heldWith",{date:h.date,file:h.evidence}):h.date;
return[t("init.summary.organization",{name:organization2.name,id:organization2.registrationId??none}),t("init.summary.sites",{sites:list2(sites)}),t("init.summa\
ry.statement",{statement:scope2.statement??none}),t("init.summary.services",{services:list2(scope2.services)}),t("init.summary.categories",{categories:list2(categories)}),
t("init.summary.operation",{date:answers.startDate,name:answers.managementRepresentative??none}),t("init.summary.documents",{count:documents2.length,titles:list2(
documents2)}),t("init.summary.registers",{count:registers.length,titles:list2(registers)}),t("init.summary.audit",{audit:held(answers.internalAudit)}),t("init.s\
ummary.review",{review:held(answers.managementReview)})].map(line=>`  ${line}`).join("\n")}function fromProposal(proposal){return{requirementId:proposal.requirementId,
kind:proposal.kind,title:proposal.title,evidence:proposal.evidence,...proposal.kind==="document"?{status:DEFAULT_STATUS}:{},...proposal.version?{version:proposal.
version}:{},...proposal.processes?{processes:proposal.processes}:{}}}function fromAssignment(file,choice,catalog2){const title=titleFromFileName(file);if(catalog2.
requirement(choice)?.kind==="record")return{requirementId:choice,kind:"register",title,evidence:file};const version=guessVersion(file);const document={requirementId:choice,
kind:"document",title,evidence:file,status:DEFAULT_STATUS,...version?{version}:{}};if(!choice.startsWith(PROCESS_CHOICE))return document;const process4=catalog2.
legacyProcesses().find(p=>p.id===choice.slice(PROCESS_CHOICE.length));return{...document,requirementId:PROCESS_DOCUMENTS,...process4?{processes:topMostClauses(process4.
clauses,catalog2)}:{}}}function fromRequirement(requirement,lang){return{requirementId:requirement.id,kind:requirement.kind==="record"?"register":"document",title:requirement.
title[lang]}}function registrationValid(value,chinese,t){if(value.trim()==="")return true;const{value:code2,problem}=readRegistrationId(value,chinese);return problem===
void 0?true:t(`init.invalid.uscc.${problem}`,{count:code2.length})}var required2=t=>value=>value.trim()!==""?true:t("init.invalid.required");var date2=t=>value=>parseDate2(
value)!==void 0?true:t("init.invalid.date");var heldBy=(t,today)=>value=>{const day=parseDate2(value);return day===void 0?t("init.invalid.date"):day<=today?true:
t("init.invalid.future",{today})};var optionalDay=(t,today)=>value=>{if(value.trim()==="")return true;const day=parseDate2(value);return day===void 0?t("init.in\
valid.date"):day<=today?true:t("init.invalid.approvalFuture",{today})};var positive=t=>value=>value===void 0||Number.isInteger(value)&&value>=1?true:t("init.inv\
alid.headcount");init_errors();var SMS_SCHEMA_ID=`https://raw.githubusercontent.com/iso20k/iso20k/v${package_default.version}/schemas/sms.schema.json`;function requirementFacts(requirement){const clauses=`${requirement.clauses.length===1?"clause":"clauses"} ${requirement.clauses.join(", ")}`;return`${clauses};\
 ${requirement.kind}, ${requirement.mandatory?"mandatory":"recommended"}`}function requirementIdSchema(requirements){return describedEnum(requirements.map(r=>r.
id),requirements.map(r=>`${r.title.en} (${requirementFacts(r)}): ${r.summary.en}`),requirements.map(r=>`**${markdownText(r.title.en)}** (${requirementFacts(r)})\
: ${markdownText(r.summary.en)}`),"A requirement id from the iso20k catalogue.")}function businessCategorySchema(categories){const keys=categories.flatMap(c=>[{
key:c.number,category:c},{key:c.code,category:c}]);const facts=c=>`${c.number}, letter code ${c.code}`;return describedEnum(keys.map(k=>k.key),keys.map(({category})=>`${category.
name.en} (${facts(category)})`),keys.map(({category})=>`**${markdownText(category.name.en)}** (${facts(category)})`),"A category number or letter code.")}var DOCUMENT_SNIPPET={
label:"New document",description:"A controlled document with the fields a check looks for.",body:{id:"${1:DOC-01}",title:"${2}",satisfies:"[${3}]",owner:"${4}",
version:'"${5:1.0}"',status:"${6|draft,in-review,approved,retired|}",evidence:"${7}"}};var REGISTER_SNIPPET={label:"New register",description:"A register of rec\
ords with the fields a check looks for.",body:{id:"${1:REG-01}",title:"${2}",satisfies:"[${3}]",owner:"${4}",evidence:"${5}",lastEntry:"${6:YYYY-MM-DD}"}};function buildSmsSchema(catalog2){
const clauseIds=catalog2.clauses().map(c=>c.id);return{$schema:"https://json-schema.org/draft/2020-12/schema",$id:SMS_SCHEMA_ID,title:"iso20k SMS description",...object(
"Describes an organisation's service management system (SMS) for a gap analysis against ISO/IEC 20000-1:2018. Generated from the iso20k catalogue; do not edit b\
y hand.",{organization:object("The organisation that applies for certification.",{name:string("Registered name of the organisation."),legalEntity:object("The le\
gal entity that holds the certificate (application prerequisite).",{name:string("Name on the business licence or registration certificate."),registrationId:string(
"Registration number, e.g. the unified social credit code. Quote it: long digit strings are not numbers."),evidence:path("Path to a copy of the business licence\
 or equivalent registration proof.")}),sites:list("Sites in the certification scope; the certification body plans audit days from addresses and headcounts.",object(
"A site.",{name:string("Name of the site."),address:string("Postal address of the site."),headcount:{type:"integer",minimum:1,description:"People working in the\
 SMS at this site."}},["name"])),penalties:list("Administrative penalties imposed by an authority. One during the SMS's operation, or in the year before it was \
established, blocks the application.",object("A penalty.",{date:date("Day the penalty was imposed."),authority:string("The authority that imposed it."),description:string(
"What it was for."),evidence:path("Path to the penalty notice.")},["date","authority","description"]))},["name"]),scope:object("The certification scope (clause \
4.3).",{statement:string("The scope statement as it will appear on the certificate."),services:list("Services in scope. Each needs an SLA and a place in the ser\
vice catalogue.",object("A service.",{id:{$ref:"#/$defs/id",description:"Short id used by documents' `services` lists."},name:string("Name of the service."),description:string(
"What the service provides.")},["id","name"])),businessCategories:list("Business categories from the national ITSM certification category table, by number (04.0\
2) or letter code (M).",businessCategorySchema(catalog2.businessCategories()),{uniqueItems:true}),otherParties:list("Parties that operate processes, or parts of\
 them, on the organisation's behalf (clause 8.2.3).",object("A party.",{name:string("Name of the party."),kind:{enum:["external-supplier","internal-supplier","c\
ustomer-as-supplier"],description:"What the party is to the organisation."},processes:list("Clauses of the processes the party operates, e.g. 8.6.1.",{$ref:"#/$\
defs/clauseId"}),governedBy:list("Ids of documents that show how the organisation governs the party (contract, agreement, procedure).",{$ref:"#/$defs/id"})},["n\
ame","kind"])),exclusions:list("Requirements the organisation would like to exclude. ISO/IEC 20000-1 permits none from clauses 4 to 10; listing one is reported.",
{...object("An attempted exclusion.",{requirement:{$ref:"#/$defs/requirementId",description:"The requirement to exclude."},clause:{$ref:"#/$defs/clauseId",description:"\
The clause to exclude."},justification:string("Why the organisation wants to exclude it.")}),anyOf:[{required:["requirement"]},{required:["clause"]}]})}),sms:object(
"How long and under whom the SMS has operated.",{startDate:date("Day the SMS started operating with records. Certification bodies expect at least three months o\
f operation."),managementRepresentative:string("The person top management has made responsible for the SMS.")},["startDate"]),context:object("Context of the org\
anisation (clause 4.1).",{climateChange:object("Whether climate change is a relevant issue for the SMS (Amendment 1:2024 to clause 4.1).",{relevant:{type:"boole\
an",description:"true when climate change is relevant to the SMS's intended results."},rationale:string("Why it is, or is not, relevant.")},["relevant"])}),documentSources:list(
"Glob patterns, relative to this file's folder, of Markdown files whose YAML front matter describes a document (the fields of a `documents` entry; the file itse\
lf is the evidence).",{type:"string",minLength:1,description:"A glob pattern such as policies/**/*.md."},{uniqueItems:true}),documents:{$ref:"#/$defs/documents",
description:"Controlled documents of the SMS (maintained documented information)."},records:object("Retained documented information: evidence that the SMS runs.",
{internalAudits:list("Internal audits (clause 9.2).",object("An internal audit.",{id:{$ref:"#/$defs/id",description:"Audit id."},date:date("Day the audit was he\
ld (or is planned)."),status:{enum:["planned","completed"],description:"Whether the audit has been held."},clauses:list('Clauses the audit covered, at any depth\
 ("8" covers all of clause 8).',{$ref:"#/$defs/clauseId"},{uniqueItems:true}),auditor:string("Lead auditor."),evidence:path("Path to the audit report.")},["id",
"date","status","clauses"])),managementReviews:list("Management reviews (clause 9.3).",object("A management review.",{id:{$ref:"#/$defs/id",description:"Review \
id."},date:date("Day the review was held (or is planned)."),status:{enum:["planned","completed"],description:"Whether the review has been held."},evidence:path(
"Path to the minutes or review record.")},["id","date","status"])),nonconformities:list("Nonconformities and their corrective actions (clause 10.1).",object("A \
nonconformity.",{id:{$ref:"#/$defs/id",description:"Nonconformity id."},description:string("What was found."),grade:{enum:["major","minor"],description:"Audit g\
rade."},clause:{$ref:"#/$defs/clauseId",description:"Clause the nonconformity is against."},raised:date("Day it was raised."),due:date("Day the corrective actio\
n is due."),closed:date("Day it was closed; leave out while open."),evidence:path("Path to the corrective action record.")},["id","description","grade","raised"])),
registers:list("Other sets of records kept over time: incident log, change records, competence matrix, and so on.",{...object("A register of records.",{id:{$ref:"\
#/$defs/id",description:"Register id."},title:string("What the register holds."),satisfies:list("Catalogue requirement ids this register satisfies.",{$ref:"#/$d\
efs/requirementId"},{uniqueItems:true}),owner:string("Person or role who keeps it."),evidence:path("Path to the register or an export of it."),lastEntry:date("D\
ay of the latest entry.")},["id","title","satisfies"]),defaultSnippets:[REGISTER_SNIPPET]})}),waivers:list("Accepted findings. A waiver suppresses the findings \
that match its rule and requirement until it expires.",{...object("A waiver.",{id:{$ref:"#/$defs/id",description:"Waiver id."},rule:{type:"string",pattern:"^[a-\
z0-9]+(-[a-z0-9]+)*$",description:"Rule id to suppress; see `iso20k rules`."},requirement:{$ref:"#/$defs/requirementId",description:"Requirement id to suppress \
findings for."},justification:string("Why the finding is accepted."),approver:string("Who accepted it."),expires:date("Last day the waiver holds.")},["id","just\
ification","approver","expires"]),anyOf:[{required:["rule"]},{required:["requirement"]}]}),application:object("Evidence for the certification application dossie\
r that is not an SMS document.",{organizationProfile:path("Organisation profile: about 1000 characters, main business processes, organisation chart."),organizationChart:path(
"Organisation chart or description of functions."),businessProcesses:path("Description of the main business processes."),documentList:path("Structure and list o\
f the SMS documents."),confidentialityStatement:path("Statement on the confidentiality or sensitivity of records.")}),report:reportBlockSchema()},["organization",
"scope","sms","documents"]),$defs:{documents:list("The controlled documents kept in the file.",{$ref:"#/$defs/document"}),document:{...object("A controlled docu\
ment: in `documents`, or the front matter of a Markdown file matched by `documentSources`.",{id:{$ref:"#/$defs/id",description:"Document number or id, unique in\
 the file."},title:string("Title of the document."),satisfies:list("Catalogue requirement ids this document satisfies; see `iso20k catalog`.",{$ref:"#/$defs/req\
uirementId"},{uniqueItems:true}),services:list("Ids of the services this document covers; leave out when it covers every service in scope.",{$ref:"#/$defs/id"}),
owner:string("Person or role who owns the document."),version:string("Version label. Quote it: 1.10 unquoted is the number 1.1."),status:{enum:["draft","in-revi\
ew","approved","retired"],description:"Life-cycle status."},approvalDate:date("Day the current version was approved."),firstIssued:date("Day the first version w\
as issued; three months of operation count from the issue of the core SMS documents. Leave out when it is the approval date."),nextReviewDate:date("Day the docu\
ment is next due for review."),processes:list("Clauses of the service management processes this document describes, e.g. 8.6.3; the application dossier asks for\
 a process document for each process.",{$ref:"#/$defs/clauseId"},{uniqueItems:true}),evidence:path("Path to the document file, relative to the SMS file's folder\
."),sha256:{type:"string",pattern:"^[0-9a-f]{64}$",description:"SHA-256 of the evidence file, lower-case hex, to detect unrecorded changes."}},["id","title","sa\
tisfies"]),defaultSnippets:[DOCUMENT_SNIPPET]},id:{type:"string",pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$",description:"An id: letters, digits, dot, dash, undersco\
re."},date:{type:"string",format:"date",description:"A calendar date, YYYY-MM-DD."},evidencePath:{type:"string",minLength:1,description:"A relative path inside \
the SMS folder."},requirementId:requirementIdSchema(catalog2.requirements()),clauseId:{type:"string",enum:clauseIds,description:"A clause of ISO/IEC 20000-1:201\
8, 4 to 10.2."}}}}init_options();var EXIT_CANCELLED=130;var DEFAULT_OUTPUT="sms.yaml";var collect=(value,previous=[])=>[...previous,value];function registerInit(program2,context){return program2.
command("init").description("start an SMS description: answer a few questions (or pass flags with --yes) and get a commented sms.yaml").option("-o, --output <fi\
le>","the file to write",DEFAULT_OUTPUT).addOption(new Option("--lang <lang>","language of the questions and of the file's comments").choices(LANG_CHOICES).default(
context.lang)).option("-y, --yes","ask nothing: take the flags below and defaults (for scripts and CI)").option("--force","overwrite the file if it exists").option(
"--scan <dir>","propose documents and registers from the files in a folder of the organisation's documents").option("--org <name>","registered name of the organ\
isation").option("--registration-id <id>","legal registration number, e.g. the unified social credit code").option("--site <site>",'a site in scope, "name; addr\
ess; headcount" (repeatable)',collect).option("--statement <text>","the scope statement").option("--service <name>","a service in scope (repeatable)",collect).option(
"--category <code>","a business category, number (04.02) or letter (M) (repeatable)",collect).option("--since <date>","the day the SMS started operating, YYYY-M\
M-DD or 2026\u5E743\u67082\u65E5 (default: today)").option("--representative <name>","the management representative").action(async options=>{context.lang=options.
lang;context.setExitCode(await runInit(context.io,options))})}async function runInit(io,options){const t=printableTranslate(translator(options.lang));const target=checkOutputPath(
io,options.output,[]);refuseOverwrite(target,options);if(!options.yes&&!io.stdinIsTTY)throw new InputError("init.needsTerminal");const today=resolveAsOf(void 0,
io);const defaults=answersFromFlags(options,today);const scan=options.scan===void 0?void 0:runScan(io,options,(0,import_node_path16.dirname)(target),t);let answers;
if(options.yes)answers=defaultAnswers(defaults,scan?.proposals??[],scan?.unmatched);else{const prompter=io.prompter??await(await Promise.resolve().then(()=>(init_inquirer_prompter(),inquirer_prompter_exports))).
createInquirerPrompter(t);try{answers=await runWizard({prompter,t,lang:options.lang,catalog,today,defaults,proposals:scan?.proposals??[],unmatched:scan?.unmatched})}catch(error){
if(!(error instanceof PromptCancelled))throw error;io.stderr.write(`iso20k: ${t("init.cancelled")}
`);return EXIT_CANCELLED}}const sms=buildSms(answers);const missing=missingMandatory(sms,catalog,today);const checkCommand=checkCommandFor(options.output,options.
lang,io);const{writeSmsYaml:writeSmsYaml2}=await Promise.resolve().then(()=>(init_write_yaml(),write_yaml_exports));const text=writeSmsYaml2(sms,{catalog,lang:options.
lang,schemaRef:schemaReference((0,import_node_path16.dirname)(target)),today,checkCommand,missing,unmatched:answers.unmatchedFiles});refuseOverwrite(target,options);
writeFileAtomic(target,text);const registers=sms.records?.registers?.length??0;io.stdout.write(`${t("init.written",{file:options.output,documents:sms.documents.
length,registers,missing:missing.length})}
`);io.stdout.write(`${t("init.next",{command:checkCommand})}
`);return EXIT_OK}function refuseOverwrite(target,options){if(!options.force&&(0,import_node_fs16.existsSync)(target))throw new InputError("init.exists",{file:options.
output})}function answersFromFlags(options,today){const since=options.since===void 0?today:parseDate2(options.since);if(since===void 0)throw new InputError("ini\
t.badSince",{value:options.since});const businessCategories=(options.category??[]).map(key=>{const category=catalog.businessCategory(key.trim());if(!category)throw new InputError(
"init.badCategory",{value:key});return category.number});const text=value=>value?.trim()||void 0;const org=text(options.org);return{organization:{name:org??(options.
yes?translator(options.lang)("init.defaultOrganization"):""),registrationId:registrationIdFlag(text(options.registrationId),options.lang==="zh-CN"||new RegExp("\
\\p{Script=Han}","u").test(org??"")),sites:(options.site??[]).map(parseSite)},scope:{statement:text(options.statement),services:unique((options.service??[]).map(
s=>s.trim()).filter(Boolean)),businessCategories:unique(businessCategories)},startDate:since,managementRepresentative:text(options.representative),existing:[]}}
function registrationIdFlag(value,chinese){if(value===void 0)return void 0;const{value:code2,problem}=readRegistrationId(value,chinese);if(problem)throw new InputError(
"init.badRegistrationId",{value,reason:localized(t=>t(`init.invalid.uscc.${problem}`,{count:code2.length}))});return code2}function parseSite(value){const[name="",
address="",headcount=""]=value.split(/[;\uff1b]/).map(part=>part.trim());if(name==="")throw new InputError("init.badSite",{value});if(headcount!==""&&!/^[1-9]\d*$/.
test(headcount))throw new InputError("init.badSite",{value});if(headcount!==""&&!Number.isSafeInteger(Number(headcount)))throw new InputError("init.headcountToo\
Large",{value,max:String(Number.MAX_SAFE_INTEGER)});return{name,...address?{address}:{},...headcount?{headcount:Number(headcount)}:{}}}function runScan(io,options,evidenceBase,t){
const folder=options.scan;const path2=(0,import_node_path16.resolve)(io.cwd,folder);if(!(0,import_node_fs16.existsSync)(path2)||!(0,import_node_fs16.statSync)(path2).
isDirectory())throw new InputError("init.scanNotFolder",{folder});const result=scanFolder(path2,{catalog,evidenceBase});if(result.capped)io.stderr.write(`iso20k\
: ${t("init.scanCapped",{count:result.files,folder})}
`);io.stderr.write(`iso20k: ${t("init.scanned",{count:result.files,folder,proposed:result.proposals.length,unmatched:result.unmatched.length})}
`);const fromBase=(0,import_node_path16.relative)(evidenceBase,path2);if(fromBase===".."||fromBase.startsWith(`..${import_node_path16.sep}`)||(0,import_node_path16.isAbsolute)(
fromBase))io.stderr.write(`iso20k: ${t("init.scanOutside",{folder,file:options.output})}
`);return result}function schemaReference(outputFolder){let project=outputFolder;while(!(0,import_node_fs16.existsSync)((0,import_node_path16.join)(project,"pac\
kage.json"))){if((0,import_node_path16.dirname)(project)===project)return SMS_SCHEMA_ID;project=(0,import_node_path16.dirname)(project)}let manifest;try{manifest=
JSON.parse((0,import_node_fs16.readFileSync)((0,import_node_path16.join)(project,"package.json"),"utf8"))}catch{return SMS_SCHEMA_ID}const declared=[manifest?.dependencies,
manifest?.devDependencies].some(deps=>typeof deps==="object"&&deps!==null&&Object.hasOwn(deps,"iso20k"));if(!declared)return SMS_SCHEMA_ID;for(let folder=project;;folder=
(0,import_node_path16.dirname)(folder)){const schema=(0,import_node_path16.join)(folder,"node_modules","iso20k","schemas","sms.schema.json");if((0,import_node_fs16.existsSync)(
schema))return(0,import_node_path16.relative)(outputFolder,schema).split(import_node_path16.sep).join("/");if((0,import_node_path16.dirname)(folder)===folder)return SMS_SCHEMA_ID}}
function checkCommandFor(file,lang,io){const langFlag=lang==="zh-CN"&&io.env.ISO20K_LANG!=="zh-CN"?" --lang zh-CN":"";return`iso20k check ${shellQuote(file)}${langFlag}`}
function shellQuote(word){return/^[\w@%+=:,./-]+$/u.test(word)?word:`'${word.replace(/'/g,`'\\''`)}'`}function unique(items){return[...new Set(items)]}var import_node_fs21=require("node:fs");var import_node_path23=require("node:path");init_catalog2();init_printable();init_targets();init_template_files();var AUDIENCES=["client","internal"];init_options();var import_node_fs19=require("node:fs");var import_node_path18=require("node:path");var import_node_fs18=require("node:fs");init_errors();var MAX_LOGO_BYTES=512*1024;function readLogo(path2,shown){let size;try{const stat=(0,import_node_fs18.statSync)(
path2);if(!stat.isFile())throw new InputError("report.logo.notFile",{file:shown});size=stat.size}catch(error){if(error instanceof InputError)throw error;throw new InputError(
"report.logo.unreadable",{file:shown})}if(size>MAX_LOGO_BYTES)throw new InputError("report.logo.tooLarge",{file:shown,limit:MAX_LOGO_BYTES/1024});const bytes=(0,import_node_fs18.readFileSync)(
path2);const type=imageType(bytes);if(!type)throw new InputError("report.logo.notImage",{file:shown});return{src:`data:${type};base64,${bytes.toString("base64")}`}}
function imageType(bytes){if(bytes.subarray(0,8).equals(Buffer.from([137,80,78,71,13,10,26,10])))return"image/png";if(bytes[0]===255&&bytes[1]===216&&bytes[2]===
255)return"image/jpeg";const text=bytes.toString("utf8");if(/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)&&
!/<script|\son\w+\s*=|(?:xlink:)?href\s*=\s*["']?\s*(?!#|data:image\/)/i.test(text))return"image/svg+xml";return void 0}init_errors();function reportPresentation(audience,sources,cwd){const merged={};for(const{settings}of sources){if(!settings)continue;for(const key of["preparedB\
y","version","confidentiality","distribution"])if(settings[key]!==void 0)Object.assign(merged,{[key]:settings[key]})}const logoFile=chosenLogo(sources,cwd);let logo="";
if(logoFile!==void 0){const{path:path2,written,from}=logoFile;if(from!==void 0&&!isInside(real((0,import_node_path18.dirname)((0,import_node_path18.resolve)(cwd,
from))),real(path2)))throw new InputError("report.logo.outside",{file:written,source:from});logo=readLogo(path2,written).src}return{audience,branding:{preparedBy:merged.
preparedBy??"",version:merged.version??"",confidentiality:merged.confidentiality??"",distribution:merged.distribution??[],logo}}}function chosenLogo(sources,cwd){
const source=sources.findLast(({settings})=>settings?.logo!==void 0);if(source===void 0)return void 0;const written=source.settings.logo;const folder=(0,import_node_path18.resolve)(
cwd,source.file===void 0?".":(0,import_node_path18.dirname)(source.file));return{path:(0,import_node_path18.resolve)(folder,written),written,from:source.file}}function real(path2){
return(0,import_node_fs19.existsSync)(path2)?import_node_fs19.realpathSync.native(path2):path2}var VIEWS={gap:async()=>(await Promise.resolve().then(()=>(init_gap_view(),gap_view_exports))).gapView,mapping:async()=>(await Promise.resolve().then(()=>(init_mapping_view(),mapping_view_exports))).
mappingView,dossier:async()=>(await Promise.resolve().then(()=>(init_dossier_view(),dossier_view_exports))).dossierView};function registerReport(program2,context){
return program2.command("report").description("render the gap report, the clause-to-document mapping or the application dossier").addArgument(new Argument("<typ\
e>","gap, mapping or dossier").choices(Object.keys(VIEWS))).argument("<file>","SMS description (sms.yaml)").addOption(new Option("-f, --format <format>","html, \
md or csv (the gap report's csv is its action plan)").choices(REPORT_FORMATS).default("html")).addOption(new Option("--audience <audience>","client: a deliverab\
le, with no file locations; internal: also where each finding lies in the SMS file").choices(AUDIENCES).default("client")).option("--prepared-by <name>","who pr\
epared the report (overrides report.preparedBy)").option("--report-version <version>","the report's own version, e.g. 1.0 (overrides report.version)").option("-\
-confidentiality <marking>","the marking printed on every page (overrides report.confidentiality)").option("--logo <file>","the client's logo for the cover: PNG\
, JPEG or SVG, at most 512 KB (overrides report.logo)").addOption(new Option("--lang <lang>","language of the report").choices(LANG_CHOICES).default(context.lang)).
option("--as-of <date>","the day to judge dates against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)").option("--root <dir>","folder evidence paths are rel\
ative to (default: the file's folder)").option("--template-dir <dir>","your own templates, overriding ours by file name").option("-o, --output <file>","write he\
re (default: stdout for md and csv, <type>-report.html for html)").option("--assessment <file>","the consultant's gap assessment of this SMS (ratings, evidence \
seen, actions)").option("--previous-assessment <file>","with --assessment, an earlier assessment: what improved, regressed and closed since").option("--max-size\
 <megabytes>","refuse input files larger than this",String(DEFAULT_MAX_SIZE_MB)).action(async(type,file,options)=>{const{io}=context;context.lang=options.lang;const asOf=resolveAsOf(
options.asOf,io);const output=options.output??(options.format==="html"?`${type}-report.html`:void 0);const templateDir=options.templateDir===void 0?void 0:(0,import_node_path23.resolve)(
io.cwd,options.templateDir);const templates=output===void 0?[]:templateFiles(templateDir);const givenInputs=[file,options.assessment,options.previousAssessment,
options.logo].filter(input=>input!==void 0);const target=checkOutputPath(io,output,[...givenInputs,...templates]);const run2=runCheck(file,{cwd:io.cwd,asOf,lang:options.
lang,root:options.root,maxBytes:parseMaxSize(options.maxSize),gapAssessment:options.assessment,previousAssessment:options.previousAssessment});if(!run2.index){const stylish2=await checkFormatters.
stylish();io.stderr.write(stylish2.render(run2.report,{colour:colourFor(io.stderr.isTTY,io.env),sourcePath:sourcePathFrom(io.cwd,options.root)}));context.setExitCode(
EXIT_FINDINGS);return}const sms=run2.index.description;const settings=[{settings:sms.report,file},{settings:run2.gapAssessment?.assessment.report,file:options.assessment},
{settings:{preparedBy:options.preparedBy,version:options.reportVersion,confidentiality:options.confidentiality,logo:options.logo}}];const presentation=reportPresentation(
options.audience,settings,io.cwd);const[buildView,{loadRenderer:loadRenderer2}]=await Promise.all([VIEWS[type](),Promise.resolve().then(()=>(init_render(),render_exports))]);
const renderer=await loadRenderer2(templateDir);const view=buildView(run2.report,sms,catalog,run2.evidence,presentation);const content=renderer.render(type,options.
format,view,options.lang);const logo=chosenLogo(settings,io.cwd)?.path;refuseFilesRead([{file:output,target}],()=>[...run2.filesRead(),...templates,...logo===void 0?
[]:[logo]]);await writeOutput(io,target,content);if(target)io.stderr.write(`${printable(String(output))}
`);context.setExitCode(EXIT_OK)})}function templateFiles(templateDir){const usable=templateDir!==void 0&&(0,import_node_fs21.existsSync)(templateDir)&&(0,import_node_fs21.statSync)(
templateDir).isDirectory();return[...listTemplates(builtinTemplateDir()),...usable?listTemplates(templateDir):[]]}var import_fastest_levenshtein2=__toESM(require_mod(),1);init_translate();init_errors();init_finding();init_options();function registerRules(program2,context){return program2.command("rules").description("list the rules with their grade and clause").addOption(new Option(
"-f, --format <format>","output format (markdown: the page docs/rules.md)").choices(["table","json","markdown"]).default("table")).addOption(new Option("--lang \
<lang>","language").choices(LANG_CHOICES).default(context.lang)).action(options=>{context.lang=options.lang;const rules=describeRules(options.lang);if(options.format===
"json"){context.io.stdout.write(JSON.stringify(rules,null,2)+"\n");return}const t=translator(options.lang);if(options.format==="markdown"){context.io.stdout.write(
rulesPage(rules,t));return}const width=Math.max(...rules.map(r=>r.id.length));const lines=rules.map(r=>{const grade=t(gradeKey(r)).padEnd(12);const title=r.blocking?
t("rules.titleBlocking",{title:r.title}):r.title;return`${r.id.padEnd(width)}  ${grade}  ${clauseColumn(r.clauses).padEnd(7)}  ${title}`});context.io.stdout.write(
lines.join("\n")+"\n")})}function registerExplain(program2,context){return program2.command("explain").description("say what a rule checks and how to fix its fi\
ndings").argument("<rule-id>","a rule id from `iso20k rules`").addOption(new Option("--lang <lang>","language").choices(LANG_CHOICES).default(context.lang)).action(
(ruleId,options)=>{context.lang=options.lang;const rules=describeRules(options.lang);const rule=rules.find(r=>r.id===ruleId);if(!rule){const nearest=[...rules].
sort((a,b)=>(0,import_fastest_levenshtein2.distance)(ruleId,a.id)-(0,import_fastest_levenshtein2.distance)(ruleId,b.id))[0];throw new InputError("cli.unknownRul\
e",{rule:ruleId,suggestion:nearest.id})}const t=translator(options.lang);const{bold}=colourFor(context.io.stdout.isTTY,context.io.env);const field=(label2,value)=>fieldLine(
t,label2,value);const grade=t(gradeKey(rule));const lines=[bold(`${rule.id}: ${rule.title}`),field("explain.grade",rule.blocking?t("rules.gradeBlocking",{grade}):
grade),field("explain.clauses",rule.clauses.join(t("list.separator"))||"-"),"",rule.description,"",field("explain.remedy",rule.remedy),...rule.howToRecord?[field(
"explain.howToRecord",rule.howToRecord)]:[]];context.io.stdout.write(lines.join("\n")+"\n")})}function fieldLine(t,label2,value){return t("explain.field",{label:t(
label2),value})}function clauseColumn(clauses){if(clauses.length>1&&clauses.every(clause=>!clause.includes(".")))return`${clauses[0]}-${clauses[clauses.length-1]}`;
return clauses[0]??"-"}function rulesPage(rules,t){const sections=rules.map(r=>[`## ${r.id}`,"",`**${r.title}**`,"",t("rules.page.facts",{grade:t(gradeKey(r)),clauses:r.
clauses.join(t("list.separator"))||"-"}),"",r.description,"",fieldLine(t,"rules.page.remedy",r.remedy),...r.howToRecord?["",fieldLine(t,"explain.howToRecord",r.
howToRecord)]:[]].join("\n"));return[`# ${t("rules.page.title")}`,"",t("rules.page.intro"),"",...sections.flatMap(s=>[s,""])].join("\n")}init_catalog2();function smsSchemaText(){return JSON.stringify(buildSmsSchema(catalog),null,2)+"\n"}function gapAssessmentSchemaText(){return JSON.stringify(buildGapAssessmentSchema(
catalog),null,2)+"\n"}var SCHEMAS={sms:smsSchemaText,"gap-assessment":gapAssessmentSchemaText};function registerSchema(program2,context){return program2.command(
"schema").description("print the JSON Schema of the SMS description (schemas/sms.schema.json) or of a gap assessment").addArgument(new Argument("[kind]","which \
file's schema").choices(Object.keys(SCHEMAS)).default("sms")).action(kind=>{context.io.stdout.write(SCHEMAS[kind]())})}init_findings();init_json_text();var validationJson={name:"json",extension:".json",render(report){const{tool,files}=report;return jsonText({tool,valid:files.every(f=>f.valid),files})}};init_translate();init_printable();var validationStylish={name:"stylish",extension:".txt",render(report,{colour}){const t=translator(report.lang);const paint={major:colour.
red,minor:colour.yellow,observation:colour.cyan};const lines=[];for(const{findings}of report.files){for(const f of findings){const where=colour.underline(`${printable(
String(f.file))}:${f.line}:${f.column}`);lines.push(`${where}  ${paint[f.severity](t(`severity.label.${f.severity}`))}  ${printable(f.message,"line-feeds")}  ${colour.
dim(`(${f.ruleId})`)}`)}}const invalid2=report.files.filter(r=>!r.valid);const problems=report.files.reduce((n,r)=>n+r.findings.length,0);if(lines.length>0)lines.
push("");lines.push(invalid2.length===0&&problems===0?colour.green(t("validate.summary.valid",{count:report.files.length})):colour.bold(t("validate.summary.inva\
lid",{problems,files:report.files.filter(r=>r.findings.length>0).length})));return lines.join("\n")+"\n"}};var validationFormatters={stylish:validationStylish,json:validationJson};init_options();init_errors();function registerValidate(program2,context){return program2.command("validate").description("check that SMS files are well-formed YAML and match the schema").argument(
"<file...>","SMS description files (sms.yaml) or gap assessments; - reads one from standard input").option("--stdin-filename <path>","with -, the name to show f\
or standard input").addOption(new Option("-f, --format <format>","output format").choices(Object.keys(validationFormatters)).default("stylish")).addOption(new Option(
"--lang <lang>","language of messages").choices(LANG_CHOICES).default(context.lang)).option("--max-size <megabytes>","refuse input files larger than this",String(
DEFAULT_MAX_SIZE_MB)).action((files,options)=>{const{io}=context;context.lang=options.lang;const maxBytes=parseMaxSize(options.maxSize);if(files.filter(file=>file===
STDIN).length>1)throw new InputError("cli.twoStdin");const results=files.map(given=>{const file=given===STDIN?options.stdinFilename??STDIN_NAME:given;const loaded2=validateFile(
file,io.cwd,maxBytes,given===STDIN?readStdinSource(io,file,maxBytes):void 0,{gapAssessments:true});const findings=toFindings(loaded2.problems,loaded2.locator,options.
lang).sort(compareByPosition);return{file,valid:findings.every(f=>f.severity!=="major"),findings}});const report={kind:"validation",tool:TOOL,lang:options.lang,
files:results};const formatter=validationFormatters[options.format];io.stdout.write(formatter.render(report,{colour:colourFor(io.stdout.isTTY,io.env),sourcePath:sourcePathFrom(
io.cwd)}));context.setExitCode(results.every(r=>r.valid)?EXIT_OK:EXIT_FINDINGS)})}var import_node_fs23=require("node:fs");var import_node_fs22=require("node:fs");var CHUNK2=64*1024;function readStdinBytes(maxBytes){const chunks=[];let total=0;const buffer=Buffer.alloc(CHUNK2);for(;;){
let count;try{count=(0,import_node_fs22.readSync)(0,buffer,0,CHUNK2,null)}catch(error){const code2=error.code;if(code2==="EOF")break;if(code2!=="EAGAIN")throw error;
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,10);continue}if(count===0)break;total+=count;if(total>maxBytes)return void 0;chunks.push(Buffer.from(buffer.
subarray(0,count)))}return Buffer.concat(chunks)}function nodeIO(){return{stdout:standardOutput(1,()=>process.stdout),stderr:standardOutput(2,()=>process.stderr),env:process.env,cwd:process.cwd(),now:()=>new Date,
get stdinIsTTY(){return process.stdin.isTTY},readStdin:readStdinBytes}}function standardOutput(fd,stream){let streamed;const toStream=()=>{if(streamed===void 0){
streamed=stream();streamed.on("error",error=>{if(error.code!=="EPIPE")throw error;endQuietly()})}return streamed};if(!writtenDirectly(fd))return{fd,isTTY:toStream().
isTTY,write:chunk=>toStream().write(chunk)};return{fd,isTTY:false,write(chunk){if(streamed!==void 0)return streamed.write(chunk);const bytes=Buffer.from(chunk);
for(let at=0;at<bytes.length;){try{at+=(0,import_node_fs23.writeSync)(fd,bytes,at)}catch(error){const code2=error.code;if(code2==="EPIPE")endQuietly();if(code2!==
"EAGAIN")throw error;return toStream().write(bytes.subarray(at))}}return true}}}function endQuietly(){process.exit(typeof process.exitCode==="number"?process.exitCode:
0)}function writtenDirectly(fd){try{const stats=(0,import_node_fs23.fstatSync)(fd);if(stats.isFile()||stats.isFIFO()||stats.isSocket())return true;return stats.
isCharacterDevice()&&stats.rdev===(0,import_node_fs23.statSync)("/dev/null").rdev}catch{return false}}var EXIT_OK=0;var EXIT_FINDINGS=1;var EXIT_CANNOT_RUN=2;async function run(argv,io){let exitCode=EXIT_OK;const context={io,lang:langFromEnv(io),setExitCode:code2=>exitCode=
code2};const program2=buildProgram(context);try{await program2.parseAsync(argv,{from:"user"});return exitCode}catch(error){return handleError(error,context)}}function buildProgram(context){
const{io}=context;const program2=new Command().name("iso20k").description("How far is an IT service provider from ISO/IEC 20000-1:2018 certification?").version(
TOOL.version,"-V, --version").showSuggestionAfterError(true).configureOutput({writeOut:s=>io.stdout.write(s),writeErr:s=>io.stderr.write(s)}).exitOverride();for(const register of[
registerInit,registerAssess,registerValidate,registerCheck,registerReport,registerRules,registerExplain,registerCatalog,registerSchema]){register(program2,context).
exitOverride()}return program2}function handleError(error,{io,lang}){if(error instanceof CommanderError){const informational=["commander.helpDisplayed","command\
er.version","commander.help"].includes(error.code);return informational?EXIT_OK:EXIT_CANNOT_RUN}const t=translator(lang);if(error instanceof InputError){io.stderr.
write(`iso20k: ${t(error.messageId,printableParams(error.params))}
`);return EXIT_CANNOT_RUN}const detail=error instanceof Error?error.stack??error.message:String(error);io.stderr.write(`iso20k: ${t("cli.unexpected",{message:printable(
detail,"line-feeds")})}
`);return EXIT_CANNOT_RUN}function langFromEnv(io){return io.env.ISO20K_LANG==="zh-CN"?"zh-CN":"en"}0&&(module.exports={EXIT_CANNOT_RUN,EXIT_FINDINGS,EXIT_OK,nodeIO,run});
})
